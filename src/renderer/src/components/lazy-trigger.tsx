// Small controls of the first screen whose code comes after the first paint (the legend's popover,
// the undo buttons' tooltips): until it is there, a look-alike stands in their place, so nothing
// moves when it comes; a click on the stand-in is kept, and the control opens once its code is in.
import { useEffect, useLayoutEffect, useRef, useState, type ComponentType, type ReactNode } from 'react'
import { Text } from '@mantine/core'
import { loadOnce, prefetchAfterFirstPaint } from './lazy-panel'

/** A control loaded on demand, opened at once when the analyst asked before its code was there. */
export type Openable<P> = ComponentType<P & { defaultOpened?: boolean }>

export interface StandInProps {
  /** Asks for the control: it opens as soon as its code is there. */
  open: () => void
  /** Asked for, and its code not there yet. */
  opening: boolean
}

/**
 * The loaded value of `load`, fetched after the first paint (unless `prefetch` is false) or at
 * first use, and when it came.
 */
export function deferredCode<T>(load: () => Promise<T>, { prefetch = true } = {}) {
  let ready: T | null = null
  let announce: (value: T) => void = () => {}
  const arrived = new Promise<T>((resolve) => (announce = resolve))
  const fetch = loadOnce(() =>
    load().then((value) => {
      ready = value
      announce(value)
      return value
    })
  )
  if (prefetch) prefetchAfterFirstPaint(fetch)
  /** The code once it is there (null until then), re-rendering when it comes. */
  function useCode(): T | null {
    const [code, setCode] = useState(() => ready)
    useEffect(() => {
      if (code) return
      let live = true
      void arrived.then((value) => live && setCode(() => value))
      return () => {
        live = false
      }
    }, [code])
    return code
  }
  return { fetch, useCode }
}

/**
 * Keeps the keyboard focus across the swap of a stand-in for the loaded control: the span lays out
 * as nothing (display: contents), and the loaded control's first focusable element takes the
 * focus the stand-in had.
 */
function FocusKeeper({ swapped, children }: { swapped: boolean; children: ReactNode }) {
  const span = useRef<HTMLSpanElement>(null)
  const focused = useRef(false)
  useLayoutEffect(() => {
    if (swapped && focused.current && !span.current?.contains(document.activeElement))
      span.current?.querySelector<HTMLElement>('button, [tabindex]')?.focus()
  }, [swapped])
  return (
    <span
      ref={span}
      style={{ display: 'contents' }}
      onFocus={() => (focused.current = true)}
      onBlur={() => (focused.current = false)}
    >
      {children}
    </span>
  )
}

/**
 * A control (a popover, a menu) whose code `load` brings after the first paint; `StandIn` looks
 * like its target and is shown until then. A click on the stand-in opens the control when it comes.
 */
export function lazyTrigger<P extends object>(
  name: string,
  load: () => Promise<Openable<P>>,
  StandIn: ComponentType<P & StandInProps>
): ComponentType<P> {
  const code = deferredCode(load)
  function LazyTrigger(props: P) {
    const Loaded = code.useCode()
    const [opening, setOpening] = useState(false)
    const [failure, setFailure] = useState<string | null>(null)
    const open = () => {
      setOpening(true)
      setFailure(null)
      code.fetch().catch((e: unknown) => {
        setOpening(false)
        setFailure(e instanceof Error ? e.message : String(e))
      })
    }
    return (
      <FocusKeeper swapped={Loaded !== null}>
        {Loaded ? (
          <Loaded {...props} defaultOpened={opening} />
        ) : (
          <StandIn {...props} open={open} opening={opening} />
        )}
        {failure !== null && (
          <Text size="xs" c="red" role="alert">
            {name} could not be loaded: {failure}
          </Text>
        )}
      </FocusKeeper>
    )
  }
  LazyTrigger.displayName = `LazyTrigger(${name})`
  return LazyTrigger
}

/** What a deferred wrapper is given: its child, and the wrapper's own props. */
export type Wrapper<P> = ComponentType<P & { children: ReactNode }>

/**
 * A wrapper that only adds to its child (a tooltip), loaded after the first paint: until it is
 * there, the child is shown alone, and works as ever.
 */
export function lazyWrapper<P extends object>(name: string, load: () => Promise<Wrapper<P>>): Wrapper<P> {
  const code = deferredCode(load)
  function LazyWrapper({ children, ...props }: P & { children: ReactNode }) {
    const Loaded = code.useCode()
    return (
      <FocusKeeper swapped={Loaded !== null}>
        {Loaded ? <Loaded {...(props as P)}>{children}</Loaded> : children}
      </FocusKeeper>
    )
  }
  LazyWrapper.displayName = `LazyWrapper(${name})`
  return LazyWrapper
}
