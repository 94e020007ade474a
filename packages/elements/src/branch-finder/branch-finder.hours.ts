/**
 * Whether a reception point is open at a given instant, and its hours that day — read in Hanoi time
 * (Asia/Ho_Chi_Minh), whatever the device's own time zone.
 */
import type { Schemas } from '@hpasc/sdk';

type OpeningHours = Schemas['OpeningHours'];

export interface HoursToday {
  /** Today's opening ranges, earliest first (none: closed all day). */
  ranges: { opens: string; closes: string }[];
  openNow: boolean;
}

const hanoiClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});
const isoWeekday: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The ISO weekday (1 = Monday) and the time of day ("HH:MM") in Hanoi at `at`. */
export function hanoiTime(at: Date): { weekday: number; time: string } {
  const parts = Object.fromEntries(hanoiClock.formatToParts(at).map((p) => [p.type, p.value]));
  return { weekday: isoWeekday[parts.weekday!]!, time: `${parts.hour}:${parts.minute}` };
}

/**
 * The point's hours on the Hanoi day of `at`, and whether `at` falls inside one of them ("HH:MM" strings
 * compare in time order). Public holidays are not known to the contract, so they are not taken into account.
 */
export function hoursToday(openingHours: readonly OpeningHours[], at: Date): HoursToday {
  const { weekday, time } = hanoiTime(at);
  const ranges = openingHours.filter((h) => h.days.includes(weekday))
    .map(({ opens, closes }) => ({ opens, closes }))
    .sort((a, b) => a.opens.localeCompare(b.opens));
  return { ranges, openNow: ranges.some((r) => r.opens <= time && time < r.closes) };
}
