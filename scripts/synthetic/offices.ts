/**
 * The organisation a document speaks of, renamed with it: the source branch's own name becomes the
 * target's, and its field offices (五堵, 蘇澳, 馬祖 under Keelung …) become the target
 * branch's (content/reference/branches.yaml). A list of offices (「五堵辦事處 蘇澳辦事處 馬祖辦事處」) becomes
 * the target's list; a single office becomes the target's office at the same position; an office
 * the target does not have is dropped from a unit list, and said as 本分局 in a sentence.
 */
import type { Branch } from '../../src/model/reference.ts';

/** Spaces inside a name, and one line break, as PDF text breaks them (「澎\n湖辦事處」). */
const INNER = '[ \\u3000]*(?:\\n[ \\u3000]*)?';
const SEPARATOR = '[ 、\\u3000]*';

function namePattern(name: string): string {
  return [...name].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(INNER);
}

/** `target` written with the line breaks `written` had at the same character positions. */
function keepBreaks(written: string, target: string): string {
  const breaks: number[] = [];
  let chars = 0;
  for (const c of written) {
    if (c === '\n') breaks.push(chars);
    else if (!/[ \u3000]/.test(c)) chars++;
  }
  if (breaks.length === 0) return target;
  const out = [...target];
  for (const at of breaks.reverse()) out.splice(Math.min(Math.max(at, 1), out.length - 1), 0, '\n');
  return out.join('');
}

/** Marks where an office was dropped at the start of a unit list, so the separator after it goes too. */
const DROPPED = '\u0000';

export function renameOrganisation(text: string, from: Branch, to: Branch): string {
  if (from.id === to.id) return text;
  let out = text;
  if (from.id !== 'hq' && to.id !== 'hq') {
    out = out.replace(new RegExp(namePattern(from.name), 'gu'), (match) => keepBreaks(match, to.name));
    // The city itself (「基隆多雨氣候」), but not inside another name such as an office's.
    out = out.replace(new RegExp(`${namePattern(from.shortName)}(?!${INNER}(?:分局|辦事處))`, 'gu'), (match) => keepBreaks(match, to.shortName));
  }
  const offices = from.fieldOffices.map((o) => o.name);
  if (offices.length === 0) return out;
  const one = `(?:${offices.map(namePattern).join('|')})`;
  const run = new RegExp(`(${SEPARATOR})(${one}(?:${SEPARATOR}${one})*)`, 'gu');
  const targets = to.fieldOffices.map((o) => o.name);
  out = out.replace(run, (match: string, lead: string, names: string, at: number, whole: string) => {
    const named = offices.filter((name) => new RegExp(namePattern(name), 'u').test(names));
    if (named.length >= 2 && targets.length > 0) {
      const separator = names.match(/辦事處([ 、\u3000]+)/u)?.[1] ?? ' ';
      return lead + keepBreaks(names.replace(/[ 、\u3000]+/gu, ''), targets.join(separator));
    }
    const index = named.length === 1 ? offices.indexOf(named[0]) : -1;
    if (index >= 0 && index < targets.length) return lead + keepBreaks(names, targets[index]);
    // No such office at the target: drop it from a unit list, say 本分局 in a sentence.
    const before = whole.slice(0, at).slice(-1);
    const after = whole.slice(at + match.length, at + match.length + 1);
    const listGoesOn = after === '' || /^[\s<、]/u.test(after);
    if (!listGoesOn) return `${lead}本分局`;
    const startsCell = before === '' || /[\t>\n]/u.test(before);
    if (!startsCell && lead !== '') return '';
    const endsCell = after === '' || /^[\t<\n]/u.test(after);
    return startsCell && endsCell ? `${lead}報驗發證課` : `${lead}${DROPPED}`;
  });
  return out.replace(new RegExp(`${DROPPED}[ 、\u3000]*`, 'gu'), '');
}
