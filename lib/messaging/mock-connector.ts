import type { Clipping } from '../clippings/model';
import type { Connector } from './connector';

/** In-memory connector for component tests and the UI without a background. */
export class MockConnector implements Connector {
  constructor(public clippings: Clipping[] = []) {}
  async listClippings(): Promise<Clipping[]> {
    return [...this.clippings].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }
  async deleteClipping(id: string): Promise<void> {
    this.clippings = this.clippings.filter((c) => c.id !== id);
  }
}
