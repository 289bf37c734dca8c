/** A club ready to store: where it is already settled against the register (its district and local authority). */
export interface HolidayClubRecord {
  /** The provider's own id (a synthetic club's is `SYN-<seed>-<district>-<k>`, clearly not a provider's). */
  readonly ref: string;
  readonly name: string;
  readonly provider: string;
  readonly urn: number | null;
  readonly postcode: string | null;
  readonly districtCode: string;
  readonly laCode: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly days: string;
  readonly placesPerDay: number;
}
