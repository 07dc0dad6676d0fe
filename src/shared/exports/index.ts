// Data exports of DESIGN.md §3: the assessments as CSV and as W3C Web Annotations.
export * from './csv'
export * from './web-annotation'
