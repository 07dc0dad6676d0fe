// A TCP port on the loopback interface that nothing listens on now: the operating system picks it.
import { execFileSync } from 'node:child_process'

/**
 * Synchronous, because Playwright reads its config synchronously: a short child process binds
 * port 0 and prints the port it was given.
 */
export function freePort(): number {
  const script =
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})"
  const port = Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }))
  if (!Number.isInteger(port) || port <= 0) throw new Error(`free-port: the system gave no port (${port})`)
  return port
}
