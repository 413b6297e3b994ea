import { fairPhase, type FairPhase, type FairStatus } from "../../modules/fair/rules/fair-phase"

type FairRow = { status: FairStatus; starts_at: Date | string; ends_at: Date | string } & Record<string, unknown>

/** A fair as the APIs show it: its stored details and where it stands now (live and ended follow the clock). */
export function fairView<T extends FairRow>(fair: T, now: Date): Omit<T, "deleted_at"> & { phase: FairPhase } {
  const { deleted_at: _deleted, ...rest } = fair
  return { ...rest, phase: fairPhase(fair, now) }
}
