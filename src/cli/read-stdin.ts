/** Reads all of standard input as text (for secrets that must not appear in shell history). */
export async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) throw new Error('Expected the password on standard input, for example: printf %s "$PASSWORD" | oa users add …');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
