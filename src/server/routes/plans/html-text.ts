/** Text made safe inside HTML elements and attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** A number as the report prints it: `1234.5` → "1,234.5". */
export const numberHtml = (value: number): string => escapeHtml(value.toLocaleString('en-GB', { maximumFractionDigits: 2 }));
