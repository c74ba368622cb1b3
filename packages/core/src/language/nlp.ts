/**
 * The one shared wink-nlp instance. wink only lets the first instance in a process learn custom entities, and the model
 * is large, so every stage asks for this one (created lazily, so importing core costs nothing until text is read).
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
