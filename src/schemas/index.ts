export * from './common.ts';
export { planSchema, outlineEntrySchema, type Plan } from './plan.ts';
export { measureSchema, type Measure } from './measure.ts';
export { actionSchema, type Action } from './action.ts';
export { projectSchema, type Project } from './project.ts';
export { targetSchema, type Target } from './target.ts';
export { baseSchema, baseTypes, type Base } from './base.ts';
export { activityEntrySchema, type ActivityEntry } from './activity.ts';
export { departmentEntrySchema, roleSchema, type DepartmentEntry, type Role } from './department.ts';
