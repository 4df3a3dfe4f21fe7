import type { Clipping } from '../clippings/model';

/** How the popup and library talk to the background. One interface, a runtime one and a mock. */
export interface Connector {
  listClippings(): Promise<Clipping[]>;
  deleteClipping(id: string): Promise<void>;
}
