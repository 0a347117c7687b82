/**
 * Shared workspaces for several people in one test, without a server: each person has their own
 * Yjs documents, joined through a hub that relays every update to the others while both are online,
 * as Hocuspocus does. A person taken offline keeps editing; going online exchanges what each missed.
 */
import * as Y from 'yjs';
import { INDEX_DOCUMENT, scenarioDocumentName, type WorkspaceDocuments } from '../../src/sync/workspaceIndex';

const RELAYED = Symbol('relayed');

export interface Person {
  documents: WorkspaceDocuments;
  goOffline(): void;
  goOnline(): void;
}

export function createHub() {
  const hubDocs = new Map<string, Y.Doc>();
  const people: { docs: Map<string, Y.Doc>; online: boolean }[] = [];

  const hubDoc = (name: string) => {
    let doc = hubDocs.get(name);
    if (!doc) {
      const made = new Y.Doc();
      made.on('update', (update: Uint8Array, origin: unknown) => {
        for (const person of people) {
          const theirs = person.docs.get(name);
          if (person.online && theirs && origin !== theirs) Y.applyUpdate(theirs, update, RELAYED);
        }
      });
      hubDocs.set(name, made);
      doc = made;
    }
    return doc;
  };

  const exchange = (doc: Y.Doc, hub: Y.Doc) => {
    Y.applyUpdate(hub, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(hub)), doc);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(hub, Y.encodeStateVector(doc)), RELAYED);
  };

  return {
    join(): Person {
      const person = { docs: new Map<string, Y.Doc>(), online: true };
      people.push(person);
      const open = (name: string) => {
        let doc = person.docs.get(name);
        if (!doc) {
          const made = new Y.Doc();
          person.docs.set(name, made);
          made.on('update', (update: Uint8Array, origin: unknown) => {
            if (person.online && origin !== RELAYED) Y.applyUpdate(hubDoc(name), update, made);
          });
          if (person.online) exchange(made, hubDoc(name));
          doc = made;
        }
        return doc;
      };
      return {
        documents: { index: open(INDEX_DOCUMENT), scenario: (id) => open(scenarioDocumentName(id)) },
        goOffline: () => {
          person.online = false;
        },
        goOnline: () => {
          person.online = true;
          for (const [name, doc] of person.docs) exchange(doc, hubDoc(name));
        },
      };
    },
  };
}
