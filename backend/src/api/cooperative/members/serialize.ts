type MemberRecord = { id: string; email: string; full_name: string | null; role: string; status: string; created_at: Date | string }

/** What a cooperative sees of one of its members: never the invitation token. */
export const toMember = (m: MemberRecord) => ({ id: m.id, email: m.email, full_name: m.full_name, role: m.role, status: m.status, created_at: m.created_at })
