// Splits a feed's text into its calendar properties and its top-level components (VTIMEZONE,
// VEVENT, ...) before anything is parsed, so that each event is parsed on its own: one broken
// event is skipped instead of failing the feed, and the import can pause between events.
import { BusyTimesError } from './busy-times-error';

export type IcsBlock = {
  /** Component name in upper case (VEVENT, VTIMEZONE, ...). */
  name: string;
  /** The component's lines, folded as in the feed, ready for ICAL.parse. */
  text: string;
  /** 1-based line of its BEGIN, for messages. */
  line: number;
  /** Why the block cannot be a whole component (no END line), if so. */
  broken?: string;
};

export type IcsFeed = { properties: string[]; blocks: IcsBlock[] };

const BEGIN = /^BEGIN:([A-Za-z0-9-]+)\s*$/;
const END = /^END:([A-Za-z0-9-]+)\s*$/;

/** Splits the feed; `pause` is awaited now and then so a large feed does not hold the event loop. */
export async function splitFeed(text: string, pause: () => Promise<void> = async () => {}): Promise<IcsFeed> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const properties: string[] = [];
  const blocks: IcsBlock[] = [];
  let inCalendar = false;
  let sawCalendar = false;
  let current: { name: string; line: number; lines: string[]; open: string[] } | null = null;

  const close = (broken?: string) => {
    if (current) blocks.push({ name: current.name, text: current.lines.join('\r\n'), line: current.line, ...(broken ? { broken } : {}) });
    current = null;
  };

  for (let i = 0; i < lines.length; i += 1) {
    if (i % 2_000 === 0) await pause();
    const line = lines[i]!;
    if (line.trim() === '') continue; // some exporters leave blank lines, even inside folded properties
    const continued = line.startsWith(' ') || line.startsWith('\t');
    const begin = continued ? null : BEGIN.exec(line);
    const end = continued ? null : END.exec(line);
    const name = (begin?.[1] ?? end?.[1])?.toUpperCase();

    if (!inCalendar) {
      if (name === 'VCALENDAR' && begin) {
        inCalendar = true;
        sawCalendar = true;
      } else if (!sawCalendar) {
        throw new BusyTimesError('This is not an iCalendar (.ics) file.');
      }
      continue; // text between two calendars of one file is ignored
    }
    if (current) {
      const open = current.open;
      if (begin && name === current.name) {
        close(`it has no END:${current.name}`); // the next component starts before this one ended
      } else if (end && name === 'VCALENDAR') {
        close(`it has no END:${current.name}`);
        inCalendar = false;
        continue;
      } else {
        current.lines.push(line);
        if (begin) open.push(name!);
        else if (end) {
          const at = open.lastIndexOf(name!);
          if (at >= 0) open.length = at;
          if (open.length === 0) close();
        }
        continue;
      }
    }
    if (begin) current = { name: name!, line: i + 1, lines: [line], open: [name!] };
    else if (end && name === 'VCALENDAR') inCalendar = false;
    else properties.push(line);
  }
  const unfinished = current as { name: string } | null;
  if (unfinished) close(`it has no END:${unfinished.name}`);
  if (!sawCalendar) throw new BusyTimesError('This is not an iCalendar (.ics) file.');
  return { properties, blocks };
}

/** The unfolded value of a block's first top-level property `name` ("DTSTART" → "20310115T100000Z"), if any. */
export function rawProperty(block: IcsBlock, name: string): { params: string; value: string } | undefined {
  const upper = name.toUpperCase();
  const lines = block.text.split('\r\n');
  let depth = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (BEGIN.test(line)) depth += 1;
    else if (END.test(line)) depth -= 1;
    else if (depth === 1 && line.length > upper.length && line.slice(0, upper.length).toUpperCase() === upper && (line[upper.length] === ':' || line[upper.length] === ';')) {
      let full = line;
      while (i + 1 < lines.length && /^[ \t]/.test(lines[i + 1]!)) full += lines[(i += 1)]!.slice(1);
      const colon = valueColon(full);
      return { params: full.slice(upper.length, colon), value: full.slice(colon + 1).trim() };
    }
  }
  return undefined;
}

/** Where the value starts: the first colon that is not inside a quoted parameter. */
function valueColon(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === ':' && !quoted) return i;
  }
  return line.indexOf(':');
}
