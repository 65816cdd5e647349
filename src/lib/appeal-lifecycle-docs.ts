/**
 * The appeal lifecycle (appeal-lifecycle.ts) as docs/staff.md shows it: Markdown tables of
 * the actions and of the roles, written from the table itself. tests/unit/appeal-lifecycle.test.ts
 * fails when the copy between docs/staff.md's marker comments differs.
 */
import {
  DESK_ACTIONS,
  GATES,
  LIFECYCLE,
  mayTake,
  READ_ROLES,
  type ActionRule,
  type DeskActionType,
  type FieldRule,
} from './appeal-lifecycle.ts';
import { SEES_ALL_ROLES, STAFF_ROLES } from './staff-roles.ts';

/** The table as docs/staff.md shows it (between its `lifecycle` marker comments). */
export function lifecycleMarkdown(): string {
  const head = ['action', 'from status', 'to status', 'roles', 'event', 'limits', 'mail'];
  const rows = DESK_ACTIONS.map((type) => {
    const rule = LIFECYCLE[type] as ActionRule<DeskActionType>;
    const limits = [
      ...rule.gates.map((g) => GATES[g].doc),
      ...(Object.values(rule.fields) as FieldRule[]).map((f) =>
        f.kind === 'text'
          ? `${f.doc}: ${f.length[0]}–${f.length[1].toLocaleString('en')} characters`
          : f.doc,
      ),
      ...(rule.personalData ? ['personal data shown and acknowledged'] : []),
    ];
    return [
      `\`${type}\``,
      rule.from.join(', ') + (rule.unpublished ? ', not yet published' : ''),
      rule.to,
      rule.roles.join(', '),
      `\`${rule.event}\``,
      limits.join('; '),
      rule.mail ?? '',
    ];
  });
  return table(head, rows);
}

/** Which role may take which action, for docs/staff.md (between its `roles` marker comments). */
export function rolesMarkdown(): string {
  return table(
    ['role', 'may'],
    STAFF_ROLES.map((role) => [
      `\`${role}\``,
      [
        ...(READ_ROLES.includes(role)
          ? SEES_ALL_ROLES.includes(role)
            ? ['read all', 'the spam list']
            : ["read its areas' appeals"]
          : []),
        ...DESK_ACTIONS.filter((a) => mayTake([role], a)),
      ].join(', '),
    ]),
  );
}

/** A Markdown table padded as Prettier writes it. */
function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
