/**
 * The one shared wink-nlp instance. wink only lets the first instance in a process learn custom entities, and the model
 * is large, so every stage asks for this one (created lazily, so importing core costs nothing until text is read).
 *
 * Sharing it is safe for determinism only because of `patches/wink-nlp@2.4.0.patch`: unpatched, wink learns every
 * unknown word it reads (its lexeme index and its features, fixed at the first sighting) and keeps it for the life of
 * the process, so a document's tokens and POS depended on the documents read before it, and worker scheduling changed
 * the graph. Patched, only the model's own lexicon decides token boundaries, and every `readDoc()` starts from the
 * lexicon as loaded: a document's analysis is a function of its text alone. The price is that a wink document is
 * valid only until the next `readDoc()`, so `analyse()` copies out everything it needs at once.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;

let instance: Wink | undefined;

/** The shared wink instance with sentence boundaries and POS (no NER: the lite model has none we use). */
export function getNlp(): Wink {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}
