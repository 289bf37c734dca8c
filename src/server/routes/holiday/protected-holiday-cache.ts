import { createHash } from 'node:crypto';
import { protectHoliday, type HolidayBooking, type HolidayClub, type ProtectedHoliday } from '../../../domain/holiday/index.ts';

/**
 * Protected holiday populations by a digest of their clubs and bookings, the most recent `size` kept: an
 * area's club table and its schools' rows are cut from one protection, worked out once (seconds for an
 * area of thousands of pupils), and a page asked for again costs nothing. The key is the data itself, so
 * any new record misses it.
 */
export class ProtectedHolidayCache {
  private readonly entries = new Map<string, ProtectedHoliday>();

  constructor(private readonly size = 16) {}

  protect(clubs: readonly HolidayClub[], bookings: readonly HolidayBooking[]): ProtectedHoliday {
    const hash = createHash('sha256');
    for (const c of clubs) hash.update(`${c.ref}\u0000${c.district}\u0000${c.area}\u0000${c.la}\u0000${c.startDate}\u0000${c.endDate}\u0000${c.days}\u0000${String(c.placesPerDay)}\n`);
    for (const b of bookings) hash.update(`${String(b.pupil)}\u0000${String(b.school)}\u0000${b.fsm ? 1 : 0}\u0000${b.clubRef}\u0000${b.day}\u0000${b.attended ? 1 : 0}\n`);
    const key = hash.digest('hex');
    const known = this.entries.get(key);
    if (known !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, known);
      return known;
    }
    const population = protectHoliday(clubs, bookings);
    this.entries.set(key, population);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value ?? key);
    return population;
  }
}
