import { describe, expect, it } from 'vitest';
import { loadNerModel } from '../../../scripts/lib/load-ner-model';
import { normalize } from '../normalize';
import { applySpanRules } from './span-rules';
import { phraseIndex } from './model';

// The rules alone, on tags given by hand: what they do must not depend on what the model guessed.
const model = loadNerModel();
const rules = (sentence: string, tags: string[]): string[] => applySpanRules(model, sentence.split(' ').map(normalize), tags);

describe('span rules on given tags', () => {
  it('takes a verb or title in front of a name out of the person, and is no person alone', () => {
    expect(rules('وصل حمودي ولد المصطفى', ['B-PERS', 'I-PERS', 'I-PERS', 'I-PERS'])).toEqual(['O', 'B-PERS', 'I-PERS', 'I-PERS']);
    expect(rules('فقام عبدالفتاح السيسي بزيارة', ['B-PERS', 'I-PERS', 'I-PERS', 'O'])).toEqual(['O', 'B-PERS', 'I-PERS', 'O']);
    // Fleeing is done by someone, never part of his name (the word-pair model ran «وهرب بن علي» together).
    expect(rules('وهرب بن علي إلى', ['B-PERS', 'I-PERS', 'I-PERS', 'O'])).toEqual(['O', 'B-PERS', 'I-PERS', 'O']);
    expect(rules('وفر الرئيس', ['B-PERS', 'O'])).toEqual(['O', 'O']);
    // A verb or a title alone is no person.
    expect(rules('وأكد أن', ['B-PERS', 'O'])).toEqual(['O', 'O']);
    expect(rules('رسالة إلى الرئيس السوداني', ['O', 'O', 'B-PERS', 'O'])).toEqual(['O', 'O', 'O', 'O']);
    expect(rules('قال وزير الخارجية إن', ['O', 'B-PERS', 'I-PERS', 'O'])).toEqual(['O', 'O', 'O', 'O']);
  });

  it('carries a name over «بن/ابن/آل» only to a word that reads as a name', () => {
    expect(rules('الشيخ محمد بن راشد آل مكتوم أمس', ['O', 'B-PERS', 'O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'O']);
    expect(rules('قتل صدام حسين ابن عمه', ['O', 'B-PERS', 'I-PERS', 'O', 'O'])).toEqual(['O', 'B-PERS', 'I-PERS', 'O', 'O']);
  });

  it('runs no name over a bracket, a quote, a comma or a colon', () => {
    expect(rules('قال فؤاد ) السنيورة إن', ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O'])).toEqual(['O', 'B-PERS', 'O', 'O', 'O']);
    // What is cut off is free for its own reading: the hand list's «البصرة».
    expect(rules('زار بغداد ، البصرة', ['O', 'B-LOC', 'I-LOC', 'I-LOC'])).toEqual(['O', 'B-LOC', 'O', 'B-LOC']);
    // A full stop of an initial stays inside: «جون إف. كينيدي».
    expect(rules('اغتيال جون إف. كينيدي في', ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O'])).toEqual(['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O']);
  });

  it('does not begin or end a name on a function word, but keeps علي', () => {
    expect(rules('الفرنسي فابيوس إنه يختلف', ['O', 'B-PERS', 'I-PERS', 'O'])).toEqual(['O', 'B-PERS', 'O', 'O']);
    expect(rules('الأمير فيصل في الرياض', ['O', 'B-PERS', 'I-PERS', 'B-LOC'])).toEqual(['O', 'B-PERS', 'O', 'B-LOC']);
    expect(rules('محمد بن علي قال', ['B-PERS', 'I-PERS', 'I-PERS', 'O'])).toEqual(['B-PERS', 'I-PERS', 'I-PERS', 'O']);
    // Nor begin on one.
    expect(rules('الحب لدى محفوظ كان', ['O', 'B-PERS', 'I-PERS', 'O'])).toEqual(['O', 'O', 'B-PERS', 'O']);
    // What is left out is free for its own reading: a listed place.
    expect(rules('الأمير سعود بالرياض أمس', ['O', 'B-PERS', 'I-PERS', 'O'])).toEqual(['O', 'B-PERS', 'B-LOC', 'O']);
  });

  it('reads an agency or a paper whose name is a common word as one only where it is credited', () => {
    expect(rules('عملوا معا من أجل', ['O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'O', 'O']);
    expect(rules('قال لنا إن بنا حاجة', ['O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'O', 'O', 'O']);
    expect(rules('الدوحة - قنا :', ['B-LOC', 'O', 'O', 'O'])).toEqual(['B-LOC', 'O', 'B-ORG', 'O']);
    expect(rules('المنامة ( بنا )', ['B-LOC', 'O', 'O', 'O'])).toEqual(['B-LOC', 'O', 'B-ORG', 'O']);
    // An agency that is no common word is one anywhere.
    expect(rules('وقالت واس إن', ['O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'O']);
    // Papers too: «سبق» in its dateline or quoted, «عكاظ» in brackets; the verb «سبق» and «وسبق» are no paper.
    expect(rules('خليل - سبق - الرياض', ['B-PERS', 'O', 'O', 'O', 'B-LOC'])).toEqual(['B-PERS', 'O', 'B-ORG', 'O', 'B-LOC']);
    expect(rules('إدارة " سبق " المهندس', ['O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'B-ORG', 'O', 'O']);
    expect(rules('وقال لـ « عكاظ » إن', ['O', 'O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'O', 'B-ORG', 'O', 'O']);
    expect(rules('نوبل " وسبق أن نشرت', ['B-MISC', 'O', 'O', 'O', 'O'])).toEqual(['B-MISC', 'O', 'O', 'O', 'O']);
    expect(rules('وقد سبق أن قال', ['O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'O', 'O']);
  });

  it('gives an acronym at the front of a person back to the organization, and the name its next word', () => {
    expect(rules('العامة لليونسكو أودري أزولاي أن', ['O', 'B-PERS', 'I-PERS', 'O', 'O']))
      .toEqual(['O', 'B-ORG', 'B-PERS', 'I-PERS', 'O']);
    // The next word is taken only when it may end a name.
    expect(rules('العامة لليونسكو أودري أن', ['O', 'B-PERS', 'I-PERS', 'O'])).toEqual(['O', 'B-ORG', 'B-PERS', 'O']);
  });

  it('splits organizations joined by و when what follows begins a known name', () => {
    expect(rules('قوات الاتحاد الأفريقي والأمم المتحدة في', ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']))
      .toEqual(['O', 'B-ORG', 'I-ORG', 'B-ORG', 'I-ORG', 'O']);
    // و inside one organization's name stays: "المساواة" begins nothing.
    expect(rules('حركة العدل والمساواة إن', ['B-ORG', 'I-ORG', 'I-ORG', 'O'])).toEqual(['B-ORG', 'I-ORG', 'I-ORG', 'O']);
  });

  it('reads the one word after a title and a nationality as the titled person', () => {
    expect(rules('وقال الرئيس الأمريكي أوباما إن', ['O', 'O', 'O', 'B-ORG', 'O'])).toEqual(['O', 'O', 'O', 'B-PERS', 'O']);
    expect(rules('رئيس الوزراء الإسرائيلي نتنياهو قال', ['O', 'O', 'O', 'B-LOC', 'O'])).toEqual(['O', 'O', 'O', 'B-PERS', 'O']);
    // With a preposition it is a place, and no person: "رئيس بعثة المفوضية الأوروبية بالقاهرة" (the commission is a known organization).
    expect(rules('رئيس بعثة المفوضية الأوروبية بالقاهرة', ['O', 'O', 'O', 'O', 'B-LOC'])).toEqual(['O', 'O', 'B-ORG', 'I-ORG', 'B-LOC']);
  });

  it('does not take an organization head word alone for an organization', () => {
    expect(rules('يقوم البنك بالحصول', ['O', 'B-ORG', 'O'])).toEqual(['O', 'O', 'O']);
    expect(rules('البنك التجاري القطري', ['B-ORG', 'I-ORG', 'I-ORG'])).toEqual(['B-ORG', 'I-ORG', 'I-ORG']);
  });

  it('reads a place right after نادي or فريق as the club named after it', () => {
    expect(rules('وفاز فريق برشلونة أمس', ['O', 'O', 'B-LOC', 'O'])).toEqual(['O', 'O', 'B-ORG', 'O']);
    expect(rules('لاعب في مدينة برشلونة', ['O', 'O', 'O', 'B-LOC'])).toEqual(['O', 'O', 'O', 'B-LOC']);
  });

  it('takes no function word alone for a name, على (normalized علي) included', () => {
    expect(rules('مشددين على أن', ['O', 'B-PERS', 'O'])).toEqual(['O', 'O', 'O']);
    expect(rules('قال علي شمخاني إن', ['O', 'B-PERS', 'I-PERS', 'O'])).toEqual(['O', 'B-PERS', 'I-PERS', 'O']);
  });

  it('reads ministries, departments, councils, embassies and companies with their names as organizations', () => {
    expect(rules('أعلنت وزارة الصحة السعودية أمس', ['O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(rules('وقالت المديرية العامة للدفاع المدني إن', ['O', 'O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(rules('أكدت السفارة الفرنسية في', ['O', 'O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
    expect(rules('بيان القنصلية المصرية أمس', ['O', 'O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
    expect(rules('اجتمع مجلس الأمن الدولي أمس', ['O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(rules('خلل في الشركة السعودية للكهرباء أمس', ['O', 'O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
    // The model began it one word late: the head joins.
    expect(rules('وكيلة وزارة الخارجية الأمريكية قالت', ['O', 'O', 'B-ORG', 'I-ORG', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
    // A company's or club's own name read as a person or place: the head and the name are the organization.
    expect(rules('وتهدف شركة ديمورا إلى', ['O', 'O', 'B-PERS', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
    expect(rules('لاعب نادي بنفيكا أمس', ['O', 'O', 'B-LOC', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
    // Common nouns: a company's board, managing a war, a description of a company.
    expect(rules('رئيس مجلس الإدارة قال', ['O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'O', 'O']);
    expect(rules('فشله في إدارة الحرب', ['O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'O', 'O']);
    expect(rules('الطرق الحديثة للإدارة العامة وميكنة', ['O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'O', 'O', 'O']);
    // A movement is named by its name alone, as ANERcorp does: «حركة [حماس]».
    expect(rules('أن حركة حماس تستعد', ['O', 'O', 'B-ORG', 'O'])).toEqual(['O', 'O', 'B-ORG', 'O']);
    expect(rules('وفد حركة المقاومة الإسلامية زار', ['O', 'O', 'B-ORG', 'I-ORG', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(rules('أن تكون الشركة القطرية الأولى', ['O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'O', 'O', 'O']);
    // A definite head alone, or with a plain noun after it, is a common noun.
    expect(rules('وقالت الشركة إن', ['O', 'O', 'O'])).toEqual(['O', 'O', 'O']);
    expect(rules('أعلنت المؤسسة الأرباح', ['O', 'O', 'O'])).toEqual(['O', 'O', 'O']);
  });

  it('takes no disease or virus for a name, and no generic noun alone', () => {
    expect(rules('انتشار فيروس كورونا في', ['O', 'B-PERS', 'I-PERS', 'O'])).toEqual(['O', 'O', 'O', 'O']);
    expect(rules('مرضى كورونا في', ['O', 'B-LOC', 'O'])).toEqual(['O', 'O', 'O']);
    expect(rules('إصابات كوفيد - 19', ['O', 'B-ORG', 'I-ORG', 'I-ORG'])).toEqual(['O', 'O', 'O', 'O']);
    expect(rules('وقالت الحكومة إن', ['O', 'B-ORG', 'O'])).toEqual(['O', 'O', 'O']);
    expect(rules('أعلن الجيش أن', ['O', 'B-ORG', 'O'])).toEqual(['O', 'O', 'O']);
    expect(rules('أن الوزارة قررت', ['O', 'B-ORG', 'O'])).toEqual(['O', 'O', 'O']);
    // A name that holds one is still the name: «الحكومة العراقية» is left to the model.
    expect(rules('قالت الحكومة العراقية إن', ['O', 'B-ORG', 'I-ORG', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
  });

  it('makes a place found in part the whole place name a list knows, never from nothing', () => {
    const withPhrases = { ...model, gazetteer: { ...model.gazetteer, placePhrase: phraseIndex(['لوس انجلوس', 'جنوب افريقيا']) } };
    const rules = (sentence: string, tags: string[]): string[] => applySpanRules(withPhrases, sentence.split(' ').map(normalize), tags);
    expect(rules('في مدينة لوس أنجلوس أمس', ['O', 'O', 'B-LOC', 'O', 'O'])).toEqual(['O', 'O', 'B-LOC', 'I-LOC', 'O']);
    expect(rules('شواطئ جنوب أفريقيا أثناء', ['O', 'O', 'B-LOC', 'O'])).toEqual(['O', 'B-LOC', 'I-LOC', 'O']);
    expect(rules('في مدينة لوس أنجلوس أمس', ['O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'O', 'O', 'O']);
    // Inside an organization it stays the organization's.
    expect(rules('جامعة جنوب أفريقيا قالت', ['B-ORG', 'I-ORG', 'I-ORG', 'O'])).toEqual(['B-ORG', 'I-ORG', 'I-ORG', 'O']);
  });

  it('opens a one-word name with the first name a person list knows before it', () => {
    const withNames = { ...model, gazetteer: { ...model.gazetteer, pname: new Set(['نعيمه', 'طلعت', 'جون']) } };
    const rules = (sentence: string, tags: string[]): string[] => applySpanRules(withNames, sentence.split(' ').map(normalize), tags);
    expect(rules('رحلت نعيمة عاكف عام', ['O', 'O', 'B-PERS', 'O'])).toEqual(['O', 'B-PERS', 'I-PERS', 'O']);
    expect(rules('الفنان طلعت زكريا قال', ['O', 'O', 'B-PERS', 'O'])).toEqual(['O', 'B-PERS', 'I-PERS', 'O']);
    // Not over a title or a word no list knows, nor before a name already whole.
    expect(rules('الفنانة عاكف قالت', ['O', 'B-PERS', 'O'])).toEqual(['O', 'B-PERS', 'O']);
    expect(rules('جون فيتزجيرالد كينيدي قال', ['O', 'B-PERS', 'I-PERS', 'O'])).toEqual(['O', 'B-PERS', 'I-PERS', 'O']);
  });

  it('leaves administrative words outside places', () => {
    expect(rules('في محافظة القاهرة أمس', ['O', 'B-LOC', 'I-LOC', 'O'])).toEqual(['O', 'O', 'B-LOC', 'O']);
    expect(rules('أمير منطقة عسير قال', ['O', 'B-LOC', 'I-LOC', 'O'])).toEqual(['O', 'O', 'B-LOC', 'O']);
    expect(rules('وصل إلى المدينة المنورة أمس', ['O', 'O', 'B-LOC', 'I-LOC', 'O'])).toEqual(['O', 'O', 'B-LOC', 'I-LOC', 'O']);
  });
});

describe('span rules for names a reader met on real pages (issue 12)', () => {
  it('reads a place of worship with its name as one place', () => {
    expect(rules('صلوا في المسجد الحرام أمس', ['O', 'O', 'O', 'B-ORG', 'O'])).toEqual(['O', 'O', 'B-LOC', 'I-LOC', 'O']);
    expect(rules('قرب كنيسة القيامة في القدس', ['O', 'O', 'B-LOC', 'O', 'B-LOC'])).toEqual(['O', 'B-LOC', 'I-LOC', 'O', 'B-LOC']);
    expect(rules('اقتحموا باحات المسجد الأقصى صباحا', ['O', 'O', 'O', 'B-LOC', 'O'])).toEqual(['O', 'O', 'B-LOC', 'I-LOC', 'O']);
  });

  it('ends an organization opened by its head before a day or time word («الخميس», «اليوم», «الأسبوع»)', () => {
    // «تفتتح وزارة الصحة المستشفى الجديد الخميس»: the ministry's name is «وزارة الصحة», never the day after it.
    expect(rules('افتتحت وزارة الثقافة الخميس معرضا', ['O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O', 'O']);
    expect(rules('أعلنت هيئة الطيران اليوم أن', ['O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O', 'O']);
    expect(rules('يجتمع مجلس الوزراء الأسبوع المقبل', ['O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O', 'O']);
    // A longer name goes on until the day: «المديرية العامة للجوازات».
    expect(rules('قالت المديرية العامة للجوازات السبت إن', ['O', 'O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O']);
  });

  it('carries an organization opened by its head over «و» + a definite word; ends it before a personal title and after a nationality', () => {
    // Opened by its head, and as the model ran on with it.
    expect(rules('وقال مجلس الوزراء الدكتور أحمد', ['O', 'O', 'O', 'O', 'B-PERS'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O', 'B-PERS']);
    expect(rules('رئيس بلدية الروضة المهندس سالم', ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'B-PERS'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O', 'B-PERS']);
    // A nationality closes a name opened by its head, unless it is the name's first word.
    expect(rules('وكيل وزارة الخارجية الأمريكية للشؤون السياسية', ['O', 'O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O']);
    expect(rules('أعلنت الهيئة السعودية للتخصصات الصحية', ['O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG']);
    // «و» + a definite word carries the name on; a place after «و» is a place of its own.
    expect(rules('قالت وزارة التربية والتعليم إن', ['O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(rules('رئيس منظمة الأبحاث والإبداع بوزارة', ['O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(rules('بين وزارة الخارجية والسودان أمس', ['O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'B-LOC', 'O']);
    // A verb that begins like the article («التقى», «ألقى») is no word of a name, an organization's or a person's.
    expect(rules('وفد وزارة الصحة التقى الوزير', ['O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O', 'O']);
    expect(rules('قال إيهود أولمرت التقى', ['O', 'B-PERS', 'I-PERS', 'O'])).toEqual(['O', 'B-PERS', 'I-PERS', 'O']);
    // A royal title stays in a name it is part of: «جامعة الملك سعود».
    expect(rules('طلاب جامعة الملك سعود', ['O', 'B-ORG', 'I-ORG', 'I-ORG'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG']);
    // An institution named after a king takes the person the model found: «مستشفى الملك [فهد المركزي]».
    expect(rules('إلى مستشفى الملك فهد المركزي بجازان', ['O', 'O', 'O', 'B-PERS', 'I-PERS', 'B-LOC']))
      .toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'B-LOC']);
    // Later in a name, a royal title opens the person: «مجلس الوزراء | الملك سلمان».
    expect(rules('ترأس مجلس الوزراء الملك سلمان', ['O', 'O', 'O', 'O', 'B-PERS'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O', 'B-PERS']);
  });

  it('reads a club name of several words whole as the club, from a part the model found', () => {
    const withClubs = { ...model, gazetteer: { ...model.gazetteer, clubPhrase: phraseIndex(['ستيوا بوخارست', 'المغرب التطواني', 'الجيش الملكي']) } };
    const rules = (sentence: string, tags: string[]): string[] => applySpanRules(withClubs, sentence.split(' ').map(normalize), tags);
    // The city in the club's name is no place of its own; a clitic on the first word stays out.
    expect(rules('فاز ستيوا بوخارست على', ['O', 'O', 'B-LOC', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
    expect(rules('خسر أمام المغرب التطواني أمس', ['O', 'O', 'B-LOC', 'O', 'O'])).toEqual(['O', 'O', 'B-ORG', 'I-ORG', 'O']);
    expect(rules('وللمغرب التطواني هدفان', ['B-LOC', 'O', 'O'])).toEqual(['B-ORG', 'I-ORG', 'O']);
    // Never from nothing («الجيش الملكي» is also the royal army), never the middle of a longer name.
    expect(rules('قال الجيش الملكي إن', ['O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'O', 'O']);
    expect(rules('سفير المغرب التطواني الأصل', ['O', 'B-PERS', 'I-PERS', 'I-PERS'])).toEqual(['O', 'B-PERS', 'I-PERS', 'I-PERS']);
  });

  it('takes a nisba family name after two name words, but not an adjective that says what the person is', () => {
    expect(rules('قال محمد شياع السوداني إن', ['O', 'B-PERS', 'I-PERS', 'O', 'O'])).toEqual(['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O']);
    expect(rules('قال شارلز مورفي السياسي إن', ['O', 'B-PERS', 'I-PERS', 'O', 'O'])).toEqual(['O', 'B-PERS', 'I-PERS', 'O', 'O']);
    expect(rules('كتب علاء الدين المتوفى سنة', ['O', 'B-PERS', 'I-PERS', 'O', 'O'])).toEqual(['O', 'B-PERS', 'I-PERS', 'O', 'O']);
  });

  it('reads «السعودية» after a definite noun as the adjective, not the country', () => {
    // The model's place, or the hand list's trust in the country over an untagged word: neither stands.
    expect(rules('يحملون الأعلام السعودية في', ['O', 'O', 'B-LOC', 'O'])).toEqual(['O', 'O', 'O', 'O']);
    expect(rules('يمثل الملاعب السعودية في', ['O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'O', 'O']);
    // The country itself stays: after a preposition, alone, or in its long name.
    expect(rules('عاد إلى السعودية أمس', ['O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'B-LOC', 'O']);
    expect(rules('في المملكة العربية السعودية', ['O', 'B-LOC', 'I-LOC', 'I-LOC'])).toEqual(['O', 'B-LOC', 'I-LOC', 'I-LOC']);
    expect(rules('المملكة العربية السعودية', ['O', 'O', 'B-LOC'])).toEqual(['B-LOC', 'I-LOC', 'I-LOC']);
  });

  it('reads the place after an administrative word, but no adjective after it', () => {
    // Untagged four-word sentences, and the word the rules make the place (-1: none).
    const cases: [string, number][] = [
      ['رئيس مركز حرمة إن', 2], ['زار محافظة أملج أمس', 2],
      ['بناء مركز مالي جديد', -1], ['إلى مدينة ثانية في', -1], ['في منطقة شمال البلاد', -1],
    ];
    for (const [sentence, at] of cases) {
      const out = rules(sentence, Array<string>(4).fill('O'));
      expect(out.map((t, k) => (t === 'B-LOC' ? k : -1)).filter((k) => k >= 0), sentence).toEqual(at < 0 ? [] : [at]);
    }
  });

  it('reads no lone area word as a place', () => {
    expect(rules('قصفت الطائرات بريف إدلب', ['O', 'O', 'B-LOC', 'B-LOC'])).toEqual(['O', 'O', 'O', 'B-LOC']);
    expect(rules('سقطت قذائف على المحافظة وبمحافظة أمس', ['O', 'O', 'O', 'O', 'B-LOC', 'O'])).toEqual(['O', 'O', 'O', 'O', 'O', 'O']);
  });

  it('reads a name the list of known organizations has as that organization, whole', () => {
    // Whatever the model read: nothing, a person, a place, or part of the name.
    expect(rules('نقلت وكالة الأنباء الفرنسية عن', ['O', 'O', 'B-LOC', 'I-LOC', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(rules('أعلنت غوغل أمس', ['O', 'B-PERS', 'O'])).toEqual(['O', 'B-ORG', 'O']);
    // A brand with the article, and an armed group whose head is a generic noun.
    expect(rules('عبر الانستغرام أمس', ['O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'O']);
    expect(rules('متجر بلاي ستور أمس', ['O', 'B-PERS', 'I-PERS', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
    expect(rules('مسلحو جيش الإسلام في', ['O', 'O', 'B-LOC', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
    // A bus company the model read as a person («شركة الإتحاد العربي ( سوبر جيت )» on a saved page).
    expect(rules('حافلات سوبر جيت الجديدة', ['O', 'B-PERS', 'I-PERS', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
    // A company with its head word stays whole, as the head-word rule makes it.
    expect(rules('أعلنت شركة غوغل أمس', ['O', 'O', 'B-PERS', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
    // Its first word may carry clitics; a nationality after it stays out.
    expect(rules('رسالة للأمم المتحدة أمس', ['O', 'O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
    expect(rules('عناصر حزب الله اللبناني في', ['O', 'B-PERS', 'I-PERS', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O', 'O']);
    // Letters spelled out keep their «إن», which elsewhere ends no name.
    expect(rules('موقع سي إن إن أمس', ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
    // Never the start of a longer name the model found.
    expect(rules('هيئة الهلال الأحمر السعودي في', ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O'])).toEqual(['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(rules('منظمة الأمم المتحدة للطفولة', ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG'])).toEqual(['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG']);
    // A word a list knows whole is not read through its clitics: «بارنا» is no ب + «إرنا»; «لإرنا» is.
    expect(rules('قالت بارنا أمس', ['O', 'B-PERS', 'O'])).toEqual(['O', 'B-PERS', 'O']);
    expect(rules('وقال لإرنا أمس', ['O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'O']);
    // A municipality («أمانة») with its city, whatever the model read the city as.
    expect(rules('أعلنت أمانة الرياض أمس', ['O', 'O', 'B-LOC', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
    expect(rules('أعلنت أمانة الأحساء أمس', ['O', 'O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
    // A city of two words too; «أمانة المنطقة» is named by what it is, no name.
    expect(rules('أعلنت أمانة المدينة المنورة أمس', ['O', 'O', 'B-LOC', 'I-LOC', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(rules('أعلنت أمانة المنطقة أمس', ['O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'O', 'O']);
    // State bodies named without a head word, and with one.
    expect(rules('قوات الحرس الوطني في', ['O', 'O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
    expect(rules('وباشرت فرق الدفاع المدني الحريق', ['O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'B-ORG', 'I-ORG', 'O']);
    expect(rules('رئيس حزب القوات اللبنانية سمير', ['O', 'B-ORG', 'I-ORG', 'O', 'B-PERS'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'B-PERS']);
    expect(rules('قالت دوريات حرس الحدود إن', ['O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'B-ORG', 'I-ORG', 'O']);
    expect(rules('عملاء سي آي إيه في', ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
    // One tells a channel, not a peninsula: «قال للجزيرة»; «للجزيرة العربية» is the peninsula.
    expect(rules('وقال للجزيرة إن', ['O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'O']);
    expect(rules('عاد للجزيرة العربية', ['O', 'B-LOC', 'I-LOC'])).toEqual(['O', 'B-LOC', 'I-LOC']);
    expect(rules('عاد للجزيرة الكورية', ['O', 'O', 'O'])).toEqual(['O', 'O', 'O']);
    // A word that is something else too is not on the list alone: «الجزيرة» the peninsula.
    expect(rules('في شبه الجزيرة العربية', ['O', 'O', 'B-LOC', 'I-LOC'])).toEqual(['O', 'O', 'B-LOC', 'I-LOC']);
  });

  it('joins a name in Latin letters cut in two', () => {
    // The nationality after it is a gloss, outside as after any known organization («حزب الله | اللبناني»).
    expect(rules('صحيفة Le Monde الفرنسية', ['O', 'B-ORG', 'B-ORG', 'I-ORG'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
    expect(rules('مجلة The Economist أمس', ['O', 'B-MISC', 'B-ORG', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
  });

  it('takes a speech verb in front of a person out of the span', () => {
    expect(rules('وتحدث لبايدن عن الأزمة', ['B-PERS', 'I-PERS', 'O', 'O'])).toEqual(['O', 'B-PERS', 'O', 'O']);
  });

  it('reads the one word after a title, a nationality and a time adjective as the person («الرئيس الأمريكي الجديد بايدن»)', () => {
    expect(rules('رسالة إلى الرئيس الأمريكي الجديد بايدن وإلى', ['O', 'O', 'O', 'O', 'O', 'B-LOC', 'O'])).toEqual(['O', 'O', 'O', 'O', 'O', 'B-PERS', 'O']);
    expect(rules('التقى رئيس الوزراء البريطاني السابق جونسون أمس', ['O', 'O', 'O', 'O', 'O', 'B-LOC', 'O'])).toEqual(['O', 'O', 'O', 'O', 'O', 'B-PERS', 'O']);
    // A time adjective with no title before it makes no person: «الأسبوع الماضي | لندن».
    expect(rules('في الأسبوع الماضي لندن', ['O', 'O', 'O', 'B-LOC'])).toEqual(['O', 'O', 'O', 'B-LOC']);
  });

  it('joins a place-name opener read alone with the word after it («تل حلف», «رأس العين», «دير الزور»)', () => {
    expect(rules('بلدة تل حلف قرب', ['O', 'B-LOC', 'B-LOC', 'O'])).toEqual(['O', 'B-LOC', 'I-LOC', 'O']);
    expect(rules('مدينة رأس العين شمال', ['O', 'B-LOC', 'O', 'O'])).toEqual(['O', 'B-LOC', 'I-LOC', 'O']);
    expect(rules('ووصلوا إلى دير الزور أمس', ['O', 'O', 'B-LOC', 'O', 'O'])).toEqual(['O', 'O', 'B-LOC', 'I-LOC', 'O']);
    // Not across a function word, and never a longer place the model found.
    expect(rules('في تل في', ['O', 'B-LOC', 'O'])).toEqual(['O', 'B-LOC', 'O']);
    expect(rules('إلى تل أبيب أمس', ['O', 'B-LOC', 'I-LOC', 'O'])).toEqual(['O', 'B-LOC', 'I-LOC', 'O']);
  });

  it('ends a person before «على» that opens a phrase («خالد عبد الكريم | على هامش»)', () => {
    expect(rules('السوداني خالد عبد الكريم على هامش مشاركته', ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'O', 'O']))
      .toEqual(['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O', 'O', 'O']);
    // «محمد علي» is a name: the word after it is no such phrase.
    expect(rules('وقال محمد علي باشا', ['O', 'B-PERS', 'I-PERS', 'I-PERS'])).toEqual(['O', 'B-PERS', 'I-PERS', 'I-PERS']);
  });

  it('reads a news site named «… نيوز» as an organization, and leaves a nationality after a Latin name outside', () => {
    expect(rules('وقالت المدينة نيوز إن', ['O', 'B-LOC', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
    expect(rules('لصحيفة ديلي ميل أن', ['O', 'B-ORG', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
    expect(rules('صحيفة Le Parisien الفرنسية عن', ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O', 'O']);
  });

  it('reads «بن» and a name after it, with no name before, as a person known by it («بن علي», «بن سلمان»)', () => {
    expect(rules('وسقط نظام بن علي عام', ['O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'B-PERS', 'I-PERS', 'O']);
    expect(rules('والتقى بن سلمان أمس', ['O', 'O', 'B-PERS', 'O'])).toEqual(['O', 'B-PERS', 'I-PERS', 'O']);
    // After a first name the link rule already carries the name on; «لبن» is milk.
    expect(rules('محمد بن علي قال', ['B-PERS', 'I-PERS', 'I-PERS', 'O'])).toEqual(['B-PERS', 'I-PERS', 'I-PERS', 'O']);
    expect(rules('شرب لبن علي الطاولة', ['O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'O', 'O']);
  });

  it('ends no person on «آل» or «بن»: a title after it is the family name («آل الشيخ»)', () => {
    expect(rules('الشيخ صالح بن محمد آل الشيخ وزير', ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'O', 'O']))
      .toEqual(['O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'O']);
    expect(rules('الشيخ صالح بن محمد آل الشيخ وزير', ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'O']))
      .toEqual(['O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'O']);
    // A title after a full name still ends it; so does a word that reads as no name after the link.
    expect(rules('محمد بن نايف الأمير الذي', ['B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'O'])).toEqual(['B-PERS', 'I-PERS', 'I-PERS', 'O', 'O']);
    expect(rules('قال زيان ابن أخيه إن', ['O', 'B-PERS', 'I-PERS', 'O', 'O'])).toEqual(['O', 'B-PERS', 'I-PERS', 'O', 'O']);
  });

  it('ends an organization before a time adjective; takes a federation\'s sport; names a group by its name', () => {
    expect(rules('رئيس نادي الشباب الحالي خالد', ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'B-PERS'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O', 'B-PERS']);
    expect(rules('أعلن الاتحاد السعودي لكرة القدم أمس', ['O', 'B-ORG', 'I-ORG', 'O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']);
    // A club's sport stays outside (ANERcorp: «[الأهلي] لكرة القدم»).
    expect(rules('فاز الأهلي لكرة القدم أمس', ['O', 'B-ORG', 'O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'O', 'O', 'O']);
    expect(rules('عناصر تنظيم القاعدة في', ['O', 'B-ORG', 'I-ORG', 'O'])).toEqual(['O', 'O', 'B-ORG', 'O']);
    // A chamber of commerce by its region, whatever the model read it as.
    expect(rules('وأعلنت غرفة الشرقية أمس', ['O', 'O', 'B-LOC', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
  });

  it('reads a region\'s bodies whole: its police, municipality, emirate and chamber of commerce', () => {
    expect(rules('وقالت شرطة جدة إن', ['O', 'O', 'B-LOC', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
    expect(rules('وأوضحت شرطة منطقة جازان أن', ['O', 'O', 'O', 'B-LOC', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(rules('أعلنت أمانة منطقة الرياض أمس', ['O', 'O', 'O', 'B-LOC', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(rules('وأكدت إمارة منطقة مكة المكرمة أن', ['O', 'O', 'O', 'B-LOC', 'I-LOC', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']);
    // An emirate named straight by its place is the place («إمارة دبي» → دبي).
    expect(rules('في إمارة دبي أمس', ['O', 'O', 'B-LOC', 'O'])).toEqual(['O', 'O', 'B-LOC', 'O']);
    expect(rules('وأعلنت غرفة الشرقية التجارية والصناعية أمس', ['O', 'O', 'O', 'O', 'O', 'O']))
      .toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']);
    // The Eastern Province, the administrative word outside; no other compass adjective is a province.
    expect(rules('في المنطقة الشرقية أمس', ['O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'B-LOC', 'O']);
    expect(rules('في المنطقة الجنوبية أمس', ['O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'O', 'O']);
  });

  it('keeps a known organization with a head of its own apart from the head before it', () => {
    expect(rules('مدير إدارة هيئة الأمر بالمعروف والنهي عن المنكر', ['O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG']))
      .toEqual(['O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG']);
    // A company keeps its head word, as the product's convention has it.
    expect(rules('وقالت شركة مايكروسوفت إن', ['O', 'O', 'B-ORG', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
  });

  it('reads what is named after a king or prince whole where the model found only part of it, or none of the person', () => {
    expect(rules('وقالت جامعة الأمير سلطان الأهلية إن', ['O', 'B-ORG', 'I-ORG', 'O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(rules('تنظم مؤسسة الملك عبدالعزيز للموهبة والإبداع (', ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'O']))
      .toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']);
    // The title names someone: the word after it is the person, «بن» and his father's name too.
    expect(rules('تنظيم ومركز الملك سلمان للإغاثة وإعداد', ['O', 'O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(rules('في مركز الأمير سلطان بن عبدالعزيز للعلوم والتقنية', ['O', 'O', 'O', 'O', 'O', 'O', 'O', 'O']))
      .toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG']);
    // The city after it, behind its preposition, is no part of the name nor the person's: the city, as the list of places knows it.
    expect(rules('إلى مستشفى الملك فهد بتبوك واتخذت', ['O', 'O', 'O', 'B-PERS', 'I-PERS', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'B-LOC', 'O']);
  });

  it('leaves «حي» outside a place, and reads «الكورنيش» and «الزهايمر» as no names', () => {
    expect(rules('في حي المنصور أمس', ['O', 'B-LOC', 'I-LOC', 'O'])).toEqual(['O', 'O', 'B-LOC', 'O']);
    expect(rules('على الكورنيش أمس', ['O', 'B-LOC', 'O'])).toEqual(['O', 'O', 'O']);
    expect(rules('مرض الزهايمر يصيب', ['O', 'B-PERS', 'O'])).toEqual(['O', 'O', 'O']);
    expect(rules('عناصر البيشمركة في', ['O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'O']);
  });

  it('reads «الشرق الأوسط» in quotes as the paper, and a building named other than by its city as one place', () => {
    expect(rules('وقال لـ « الشرق الأوسط » إن', ['O', 'O', 'O', 'B-LOC', 'I-LOC', 'O', 'O'])).toEqual(['O', 'O', 'O', 'B-ORG', 'I-ORG', 'O', 'O']);
    expect(rules('في الشرق الأوسط أمس', ['O', 'B-LOC', 'I-LOC', 'O'])).toEqual(['O', 'B-LOC', 'I-LOC', 'O']);
    expect(rules('أمام قصر بكنغهام في', ['O', 'O', 'B-LOC', 'O'])).toEqual(['O', 'B-LOC', 'I-LOC', 'O']);
    // An airport named by its city names the city (ANERcorp too: «مطار [بيروت]»).
    expect(rules('وصل إلى مطار بيروت أمس', ['O', 'O', 'O', 'B-LOC', 'O'])).toEqual(['O', 'O', 'O', 'B-LOC', 'O']);
  });

  it('ends a person before a major place, but not a family name after «أبو»; ends what a body is for before a plain noun', () => {
    expect(rules('المبعوث ستيفان دي ميستورا بكين إلى', ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'O'])).toEqual(['O', 'B-PERS', 'I-PERS', 'I-PERS', 'B-LOC', 'O']);
    expect(rules('وقال أحمد أبو غزة إن', ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O'])).toEqual(['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O']);
    expect(rules('وأوضحت المديرية العامة للجوازات الأخوة اليمنيين', ['O', 'O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O']);
    expect(rules('وأوضحت المديرية العامة للدفاع المدني أن', ['O', 'O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']);
  });

  it('ends an organization before a title; leaves a club\'s nationality out; takes what a society is for', () => {
    expect(rules('وقال مجلس الوزراء المستشار الخاص', ['O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O', 'O']);
    expect(rules('مدرب نادي الاتحاد المصري محسن', ['O', 'O', 'B-ORG', 'I-ORG', 'B-PERS'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O', 'B-PERS']);
    expect(rules('مدرب نادي الظفرة الإماراتي أمس', ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O', 'O']);
    // A ministry's nationality is its name's.
    expect(rules('وقالت وزارة الخارجية الأمريكية إن', ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(rules('نظمت جمعية زمزم للخدمات الصحية التطوعية أمس', ['O', 'B-ORG', 'I-ORG', 'O', 'O', 'O', 'O']))
      .toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(rules('وقعت شركة أرامكو للمرة الثانية', ['O', 'B-ORG', 'I-ORG', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O', 'O']);
    expect(rules('وأعلنت الرئاسة العامة لرعاية الشباب أمس', ['O', 'O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']);
    // Yemen's provinces, trusted over the model.
    expect(rules('في محافظة شبوة أمس', ['O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'B-LOC', 'O']);
  });

  it('reads a currency alone as no name («مليون ريال»), and health affairs as the directorate', () => {
    expect(rules('بقيمة مليون ريال سعودي', ['O', 'O', 'B-ORG', 'O'])).toEqual(['O', 'O', 'O', 'O']);
    expect(rules('فاز ريال مدريد أمس', ['O', 'B-ORG', 'I-ORG', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
    expect(rules('وأوضحت الشؤون الصحية بمنطقة', ['O', 'O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
  });

  it('opens a full name on «علي» before a listed first name, never a name of one word', () => {
    expect(rules('وقال علي محمد الحمادي إن', ['O', 'O', 'B-PERS', 'I-PERS', 'O'])).toEqual(['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O']);
    expect(rules('سلم الجائزة على محمد الحمادي أمس', ['O', 'O', 'O', 'B-PERS', 'I-PERS', 'O'])).toEqual(['O', 'O', 'B-PERS', 'I-PERS', 'I-PERS', 'O']);
    expect(rules('وحصل على محمد أمس', ['O', 'O', 'B-PERS', 'O'])).toEqual(['O', 'O', 'B-PERS', 'O']);
    expect(rules('أثنى على الحمادي أمس', ['O', 'O', 'B-PERS', 'O'])).toEqual(['O', 'O', 'B-PERS', 'O']);
    // Where the text writes the preposition, «على», it opens no name.
    const written = ['سلم', 'الجائزة', 'على', '', '', ''];
    expect(applySpanRules(model, 'سلم الجائزة على محمد الحمادي أمس'.split(' ').map(normalize), ['O', 'O', 'O', 'B-PERS', 'I-PERS', 'O'], written))
      .toEqual(['O', 'O', 'O', 'B-PERS', 'I-PERS', 'O']);
  });

  it('reads what is named after a king or a prince whole: an institution, or a place', () => {
    expect(rules('وأعلن مركز الملك سلمان للإغاثة والأعمال الإنسانية أمس', ['O', 'O', 'O', 'B-PERS', 'O', 'O', 'O', 'O']))
      .toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(rules('وصل إلى مطار الملك خالد الدولي أمس', ['O', 'O', 'O', 'O', 'B-PERS', 'O', 'O']))
      .toEqual(['O', 'O', 'B-LOC', 'I-LOC', 'I-LOC', 'I-LOC', 'O']);
    expect(rules('في ملعب الأمير عبد الرحمن بن سعود بالرياض', ['O', 'O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'B-LOC']))
      .toEqual(['O', 'B-LOC', 'I-LOC', 'I-LOC', 'I-LOC', 'I-LOC', 'I-LOC', 'B-LOC']);
    expect(rules('في حديقة الملك فهد بالمدينة', ['O', 'O', 'O', 'B-PERS', 'O'])).toEqual(['O', 'B-LOC', 'I-LOC', 'I-LOC', 'O']);
    // A place takes no «لل…» after it; the king himself, with no head before him, stays the person.
    expect(rules('عبر جسر الملك فهد للمسافرين', ['O', 'O', 'O', 'B-PERS', 'O'])).toEqual(['O', 'B-LOC', 'I-LOC', 'I-LOC', 'O']);
    expect(rules('وقال الملك سلمان للصحفيين', ['O', 'O', 'B-PERS', 'O'])).toEqual(['O', 'O', 'B-PERS', 'O']);
  });
});

describe('span rules read off own news batch 9, after its sealed first run', () => {
  it('ends an organization on «الأخير», as on other time adjectives', () => {
    expect(rules('في بيان وزارة العدل الأخير أمس', ['O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O'])).toEqual(['O', 'O', 'B-ORG', 'I-ORG', 'O', 'O']);
  });

  it('reads a region\'s passport office whole, and the passports and the judiciary\'s council as known bodies', () => {
    expect(rules('أعلنت جوازات منطقة تبوك أمس', ['O', 'O', 'O', 'B-LOC', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(rules('وأوضحت الجوازات أن', ['O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'O']);
    expect(rules('وقال للمجلس الأعلى للقضاء إن', ['O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(rules('ونقل موقع سي إن إن بالعربية أن', ['O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O'])).toEqual(['O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(rules('وسيطرت المقاومة الشعبية على', ['O', 'O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
  });

  it('reads a holy place the list knows as one place, with a clitic on it outside', () => {
    expect(rules('صلى في المسجد الحرام أمس', ['O', 'O', 'O', 'B-ORG', 'O'])).toEqual(['O', 'O', 'B-LOC', 'I-LOC', 'O']);
    expect(rules('وصل بالمسجد النبوي', ['O', 'O', 'O'])).toEqual(['O', 'B-LOC', 'I-LOC']);
    // Not the king's title: the list leaves «الحرمين الشريفين» out.
    expect(rules('خادم الحرمين الشريفين الملك', ['O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'O', 'O']);
  });

  it('opens a person on a first name written as one word with «عبد»', () => {
    expect(rules('الرئيس عبدربه منصور هادي في', ['O', 'O', 'B-PERS', 'I-PERS', 'O'])).toEqual(['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O']);
  });

  it('reads a ministry named with its country in the construct state whole', () => {
    expect(rules('قالت وزارة خارجية النمسا اليوم', ['O', 'O', 'O', 'B-LOC', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(rules('قالت وزارة خارجية النمسا اليوم', ['O', 'O', 'O', 'B-ORG', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
    // A definite word after the ministry is its own name, as before.
    expect(rules('قالت وزارة الخارجية النمساوية', ['O', 'O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG']);
  });

  it('ends a ministry named by what it does before «لل…»: whom it speaks to', () => {
    expect(rules('وقال متحدث باسم وزارة الداخلية للصحافيين إن', ['O', 'O', 'O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'O', 'B-ORG', 'I-ORG', 'O', 'O']);
    // Other heads still take what they are for.
    expect(rules('أعلنت المديرية العامة للجوازات أمس', ['O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
  });
});

describe('span rules read off own news batch 10, after its sealed first run', () => {
  it('ends an organization on «الآن», as on other time words', () => {
    expect(rules('وأعلنت وزارة الصحة الآن أن', ['O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O', 'O']);
  });

  it('opens a Chinese name on its surname «شي», not on «شي» before one word', () => {
    expect(rules('قال الرئيس شي جين بينغ إن', ['O', 'O', 'O', 'B-PERS', 'I-PERS', 'O'])).toEqual(['O', 'O', 'B-PERS', 'I-PERS', 'I-PERS', 'O']);
    expect(rules('كل شي محمد', ['O', 'O', 'B-PERS'])).toEqual(['O', 'O', 'B-PERS']);
  });

  it('takes no plural in «ي» as a family\'s nisba: «خالد العرج | التعازي»', () => {
    expect(rules('وقدم خالد العرج التعازي للأسرة', ['O', 'B-PERS', 'I-PERS', 'O', 'O'])).toEqual(['O', 'B-PERS', 'I-PERS', 'O', 'O']);
  });

  it('leaves management out of a body with its own head: «إدارة | نادي الاتحاد»', () => {
    expect(rules('أعلنت إدارة نادي الوحدة أمس', ['O', 'O', 'B-ORG', 'I-ORG', 'O'])).toEqual(['O', 'O', 'B-ORG', 'I-ORG', 'O']);
    // A department named by its own noun keeps its head, as before.
    expect(rules('أعلنت إدارة المرور أمس', ['O', 'O', 'B-ORG', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
  });

  it('knows Aden\'s districts and the southern resistance', () => {
    expect(rules('دخلت المقاومة الجنوبية التواهي أمس', ['O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'B-LOC', 'O']);
  });
});

describe('span rules read off batches 11 and 12 (issue 12)', () => {
  it('reads a ministry named by its field and its country\'s adjective as the ministry, not a policy\'s adjective or a post', () => {
    expect(rules('أكدت الخارجية المصرية رفض', ['O', 'O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
    expect(rules('وقالت للداخلية السعودية إن', ['O', 'O', 'B-LOC', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
    expect(rules('السياسة الخارجية الأمريكية في', ['O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'O', 'O']);
    expect(rules('وزير الخارجية المصرية سامح', ['O', 'O', 'O', 'B-PERS'])).toEqual(['O', 'O', 'O', 'B-PERS']);
    // The adjective must be a country's, agreeing with «وزارة»: «الدفاع الجوي» is no ministry.
    expect(rules('وقال الدفاع الجوي إن', ['O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'O', 'O']);
    expect(rules('وأعلنت الدفاع الروسية أن', ['O', 'O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
  });
  it('reads a state\'s official name as the place, whole, and the Saudi cities local news names', () => {
    expect(rules('أبناء الجمهورية اليمنية المقيمين', ['O', 'O', 'O', 'O'])).toEqual(['O', 'B-LOC', 'I-LOC', 'O']);
    expect(rules('في المملكة الأردنية الهاشمية أمس', ['O', 'O', 'B-LOC', 'O', 'O'])).toEqual(['O', 'B-LOC', 'I-LOC', 'I-LOC', 'O']);
    expect(rules('دار الملاحظة الاجتماعية بحائل احتفالية', ['O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'O', 'B-LOC', 'O']);
    expect(rules('بمنتزه الملك عبدالله البيئي بالهفوف الذي', ['O', 'O', 'O', 'O', 'O', 'O'])[4]).toBe('B-LOC');
  });
});

describe('span rules read off batch 14, after its sealed first run (issue 12)', () => {
  it('leaves «جمهورية» out of the place it names, as the other administrative words', () => {
    expect(rules('وصل إلى جمهورية الشيشان أمس', ['O', 'O', 'B-LOC', 'I-LOC', 'O'])).toEqual(['O', 'O', 'O', 'B-LOC', 'O']);
    // The official name with the article stays whole.
    expect(rules('أبناء الجمهورية اليمنية المقيمين', ['O', 'O', 'O', 'O'])).toEqual(['O', 'B-LOC', 'I-LOC', 'O']);
  });
  it('reads the Russian Federation whole', () => {
    expect(rules('قالت روسيا الاتحادية إن', ['O', 'B-LOC', 'O', 'O'])).toEqual(['O', 'B-LOC', 'I-LOC', 'O']);
  });
  it('reads the Eastern Province\'s municipality whole', () => {
    expect(rules('أعلنت أمانة المنطقة الشرقية أمس', ['O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
  });
  it('leaves management out of a club the rules ran on to: «إدارة | النادي الأهلي»', () => {
    // The model found «الأهلي»; the rules take its head, never «إدارة» before it.
    expect(rules('وقعت إدارة النادي الأهلي عقدا', ['O', 'O', 'O', 'B-ORG', 'O'])).toEqual(['O', 'O', 'B-ORG', 'I-ORG', 'O']);
  });
  it('knows the OSCE and the Saudi weather authority by name', () => {
    expect(rules('أكدت منظمة الأمن والتعاون في أوروبا أن', ['O', 'B-ORG', 'I-ORG', 'O', 'O', 'B-LOC', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(rules('توقعت الرئاسة العامة للأرصاد وحماية البيئة', ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG']);
  });
});

describe('compound given names «X الدين» (batch 14)', () => {
  it('reads «عز الدين» with a surname as the person, though «عز» opens a phrase of faith', () => {
    expect(rules('وقال عز الدين الأصبحي ، وزير', ['O', 'O', 'O', 'O', 'O', 'O'])).toEqual(['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O', 'O']);
    expect(rules('وقال عز الدين الأصبحي ، وزير', ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O', 'O'])).toEqual(['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O', 'O']);
    expect(rules('والله عز وجل قال', ['O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'O', 'O']);
  });
  it('takes the surname the model began: «صلاح الدين [الأيوبي]»', () => {
    expect(rules('وقال صلاح الدين الأيوبي إن', ['O', 'O', 'O', 'B-PERS', 'O'])).toEqual(['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O']);
  });
  it('makes no person of «X الدين» alone, which may be a province', () => {
    expect(rules('في محافظة صلاح الدين شمال', ['O', 'O', 'O', 'O', 'O'])).not.toContain('B-PERS');
  });
});
