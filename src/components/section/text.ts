// The components a section's MDX body is rendered with: the plan page's text components, except
// that anchors (¶) point into the full plan, where the paragraphs' permanent addresses are.
import * as planText from '../text/index.ts';
import PlanHeading from './PlanHeading.astro';
import PlanPara from './PlanPara.astro';

export const sectionText = { ...planText, Para: PlanPara, Heading: PlanHeading };
