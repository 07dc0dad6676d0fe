// One entry point for every IPC call: check who is calling, validate the argument against the
// channel's schema, run the handler, and turn anything that goes wrong into `{ ok: false, error }`.
import type { IpcArgs, IpcChannel, IpcResult, IpcResults } from '@shared/ipc/contract'
import { validateIpcArgs } from '@shared/ipc/validate'
import { IpcUserError } from './user-error'

/** A handler receives an argument already validated, plus the call's context (its window). */
export type IpcHandler<K extends IpcChannel, C> = (args: IpcArgs<K>, context: C) => Promise<IpcResults[K]>

export type IpcHandlers<C> = { readonly [K in IpcChannel]: IpcHandler<K, C> }

export interface IpcRequest<C> {
  channel: unknown
  args: unknown
  /** URL of the frame that sent the call; null when the frame is gone. */
  senderUrl: string | null | undefined
  context: C
}

export async function handleIpc<C>(
  request: IpcRequest<C>,
  handlers: IpcHandlers<C>,
  isAppPage: (url: string | null | undefined) => boolean
): Promise<IpcResult<unknown>> {
  if (!isAppPage(request.senderUrl)) {
    return { ok: false, error: `Refused IPC call from a page that is not Sourcemark's own` }
  }
  const validated = validateIpcArgs(request.channel, request.args)
  if (!validated.ok) return validated
  const channel = request.channel as IpcChannel
  const handler = handlers[channel] as IpcHandler<IpcChannel, C>
  try {
    return { ok: true, value: await handler(validated.value as IpcArgs<IpcChannel>, request.context) }
  } catch (error) {
    return { ok: false, error: describeFailure(channel, error) }
  }
}

function describeFailure(channel: IpcChannel, error: unknown): string {
  if (error instanceof IpcUserError) return error.message
  const message = error instanceof Error ? error.message : String(error)
  return `${channel} failed: ${message}`
}
