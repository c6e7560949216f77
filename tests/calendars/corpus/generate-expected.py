#!/usr/bin/python3
"""Writes expected/<feed>.json: the busy intervals of each corpus feed, for each business zone of
manifest.json, computed by an implementation independent of Bookwell's own code:

  python3-icalendar 4.0.3, python3-recurring-ical-events 2.0.1, python3-dateutil and pytz
  (Debian 12 packages: apt-get install python3-recurring-ical-events python3-icalendar)

Run it with Debian's python (the system one, which sees those packages):

  /usr/bin/python3 tests/calendars/corpus/generate-expected.py

Only Bookwell's policy is applied here, the same rules as lib/calendars/busy-times.ts states them:
- cancelled (STATUS:CANCELLED) and free (TRANSP:TRANSPARENT) occurrences block nothing;
- all-day occurrences block whole days in the business's zone (no or no later end: one day);
- floating times are read in the feed's X-WR-TIMEZONE, else in the business's zone (only
  floating ones: unlike the x-wr-timezone package, UTC times stay UTC);
- the same interval twice (two events at the same time) counts once;
- an occurrence that does not end after it starts blocks nothing;
- an interval counts when it overlaps [from, to).
Known mistakes of the independent tool are corrected by hand in manifest.json ("corrections"),
each with its reason; where the tool cannot read a feed at all, manifest.json gives the
hand-checked intervals ("hand_verified"). The JSON records what was corrected and why.
"""
import datetime
import json
import pathlib
import sys
import zoneinfo

import icalendar
import pytz
import recurring_ical_events

HERE = pathlib.Path(__file__).resolve().parent
UTC = datetime.timezone.utc


def floating_in(calendar, zone):
    """Floating DTSTART/DTEND/EXDATE/RDATE/RECURRENCE-ID values read in `zone` (pytz)."""
    def fix(value):
        if isinstance(value, datetime.datetime) and value.tzinfo is None:
            return zone.localize(value)
        return value

    for event in calendar.walk('VEVENT'):
        for name in ('DTSTART', 'DTEND', 'RECURRENCE-ID'):
            if name in event and isinstance(event[name].dt, datetime.datetime) and event[name].dt.tzinfo is None:
                params = event[name].params
                event[name] = icalendar.prop.vDDDTypes(fix(event[name].dt))
                event[name].params = params
        for name in ('EXDATE', 'RDATE'):
            if name not in event:
                continue
            values = event[name] if isinstance(event[name], list) else [event[name]]
            fixed = []
            for value in values:
                dts = [fix(d.dt) for d in value.dts]
                fixed.append(icalendar.prop.vDDDLists(dts))
            event[name] = fixed if len(fixed) > 1 else fixed[0]


def to_utc(value, business):
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=business)
        return value.astimezone(UTC)
    return datetime.datetime.combine(value, datetime.time(0), tzinfo=business).astimezone(UTC)


def busy_intervals(text, start, stop, zone_name):
    business = zoneinfo.ZoneInfo(zone_name)
    result = []
    for calendar in icalendar.Calendar.from_ical(text, multiple=True):
        x_wr = calendar.get('X-WR-TIMEZONE')
        # Bookwell's rule, applied before the tool sees the feed (the tool itself would borrow the
        # zone of the first date-time with a zone, e.g. a UTC EXDATE, for a floating series).
        floating_in(calendar, pytz.timezone(str(x_wr) if x_wr else zone_name))
        span = (start - datetime.timedelta(days=3), stop + datetime.timedelta(days=3))
        for event in recurring_ical_events.of(calendar).between(span[0].replace(tzinfo=None), span[1].replace(tzinfo=None)):
            if str(event.get('STATUS', '')).upper() == 'CANCELLED' or str(event.get('TRANSP', '')).upper() == 'TRANSPARENT':
                continue
            begin = event['DTSTART'].dt
            end = event['DTEND'].dt if 'DTEND' in event else None
            if not isinstance(begin, datetime.datetime):
                days = (end - begin).days if end is not None and not isinstance(end, datetime.datetime) else 0
                end = begin + datetime.timedelta(days=max(days, 1))
            elif end is None:
                continue
            begin_utc, end_utc = to_utc(begin, business), to_utc(end, business)
            if end_utc <= begin_utc or end_utc <= start or begin_utc >= stop:
                continue
            result.append((iso(begin_utc), iso(end_utc)))
    return sorted(set(map(tuple, result)))  # the same interval twice blocks the same time


def iso(moment):
    return moment.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.000Z')


def parse(value):
    return datetime.datetime.fromisoformat(value.replace('Z', '+00:00'))


def main():
    manifest = json.loads((HERE / 'manifest.json').read_text())
    (HERE / 'expected').mkdir(exist_ok=True)
    for feed in manifest['feeds']:
        text = (HERE / 'feeds' / feed['file']).read_bytes()
        start, stop = parse(feed['from']), parse(feed['to'])
        by_zone = {}
        applied = []
        tool_error = None
        for zone in feed['zones']:
            try:
                intervals = busy_intervals(text, start, stop, zone)
            except Exception as error:  # the tool cannot read this feed: the manifest must give the hand-checked answer
                if 'hand_verified' not in feed:
                    raise
                tool_error = '%s: %s' % (type(error).__name__, error)
                intervals = [tuple(i) for i in feed['hand_verified']['busy']]
            for correction in feed.get('corrections', []):
                if correction['zone'] not in ('*', zone):
                    continue
                intervals = list(intervals)
                for interval in correction.get('remove', []):
                    intervals.remove(tuple(interval))  # fails loudly when the tool no longer says it
                for interval in correction.get('add', []):
                    assert tuple(interval) not in intervals, 'the tool now gives %s itself' % interval
                    intervals.append(tuple(interval))
                applied.append({'zone': zone, **correction})
            by_zone[zone] = sorted(list(i) for i in set(map(tuple, intervals)))
        out = {
            'feed': feed['file'],
            'from': feed['from'],
            'to': feed['to'],
            'tool': 'python3-icalendar %s + python3-recurring-ical-events 2.0.1 (Debian 12)' % icalendar.__version__,
            'corrections': applied,
            'tool_error': tool_error,
            'hand_verified': feed.get('hand_verified', {}).get('reason') if tool_error else None,
            'busy': by_zone,
        }
        (HERE / 'expected' / (feed['file'][:-4] + '.json')).write_text(json.dumps(out, indent=1) + '\n')
        print(feed['file'], {zone: len(v) for zone, v in by_zone.items()}, file=sys.stderr)


if __name__ == '__main__':
    main()
