// The components generated MDX uses for a plan's text.
export { default as Para } from './Para.astro';
export { default as Heading } from './Heading.astro';
export { default as Lead } from './Lead.astro';
export { default as Fig } from './Fig.astro';
export { default as Act } from './Act.astro';
export { default as Venue } from './Venue.astro';
