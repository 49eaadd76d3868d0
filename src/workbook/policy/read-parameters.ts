import type { Policy } from '../../engine/policy';
import { labels, type PolicyParameterKey } from '../../i18n/labels';
import { normalizeText } from '../read/normalize-text';
import { orderedParameters, parameterKeys, parameterKinds, parameterValue, withParameter } from './parameters';
import { addressOf, dataRows, invalidTable, readNumber, readText, type PolicySheet } from './policy-cells';

/** Each key by its id and by its label in either language, so HR may rename neither column's words. */
function keyLookup(): Map<string, PolicyParameterKey> {
  const byWord = new Map<string, PolicyParameterKey>();
  for (const key of parameterKeys) {
    for (const word of [key, labels('zh').policySheets.parameters[key].label, labels('en').policySheets.parameters[key].label]) {
      byWord.set(normalizeText(word), key);
    }
  }
  return byWord;
}

/**
 * The parameters sheet over `policy`: each recognised row sets its value; a blank value keeps
 * the default. Unknown and repeated keys, malformed values and values out of order (minimum
 * above base, base above maximum, adjustment minimum above maximum) are errors at their cells.
 */
export function readParameters(sheet: PolicySheet, policy: Policy): Policy {
  const lookup = keyLookup();
  const rowOf = new Map<PolicyParameterKey, number>();
  let read = policy;
  for (const rowIndex of dataRows(sheet)) {
    const keyText = readText(sheet, rowIndex, 'key');
    const written = [keyText, readText(sheet, rowIndex, 'item')].flatMap((read) => (read.kind === 'value' ? [read.value] : []));
    const key = written.map((word) => lookup.get(normalizeText(word))).find((found) => found !== undefined);
    const keyCell = addressOf(sheet, rowIndex, keyText.kind === 'value' || written.length === 0 ? 'key' : 'item');
    if (key === undefined) {
      invalidTable(sheet, keyCell, (problems) => problems.unknownKey(written[0] ?? ''));
      continue;
    }
    if (rowOf.has(key)) {
      invalidTable(sheet, keyCell, (problems) => problems.duplicateKey(key));
      continue;
    }
    rowOf.set(key, rowIndex);
    const value = readNumber(sheet, rowIndex, 'value', parameterKinds[key]);
    if (value.kind === 'value') read = withParameter(read, key, value.value);
  }
  for (const [lower, higher] of orderedParameters) {
    const reported = rowOf.get(higher) ?? rowOf.get(lower);
    if (reported === undefined || parameterValue(read, lower) <= parameterValue(read, higher)) continue;
    invalidTable(sheet, addressOf(sheet, reported, 'value'), (problems) => problems.outOfOrder(lower, higher));
  }
  return read;
}
