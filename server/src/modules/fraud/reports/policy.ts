import { type Actor, isPlatformStaff } from '../../../platform/policy';

type ReportRef = { reporterId: string | null };

const isReporter = (actor: Actor, report: ReportRef) => report.reporterId === actor.userId;

/**
 * A report is its reporter's until an analyst decides it: on the reporter's routes nobody else learns it exists,
 * platform staff included, who read it in their queue instead. Its files are the invoice the analysts judge,
 * so those are served to both.
 */
export const fraudReportPolicy = {
  own: (actor: Actor, report: ReportRef) => {
    const visible = isReporter(actor, report);
    return { canSee: visible, allowed: visible };
  },
  readFiles: (actor: Actor, report: ReportRef) => {
    const visible = isReporter(actor, report) || isPlatformStaff(actor);
    return { canSee: visible, allowed: visible };
  },
  review: (actor: Actor) => {
    const staff = isPlatformStaff(actor);
    return { canSee: staff, allowed: staff };
  },
};
