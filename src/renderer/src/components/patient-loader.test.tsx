// The spinner of a short wait, in real Chromium: nothing is drawn while the wait is short, the
// spinner once it has lasted PATIENT_LOADER_DELAY_MS, and a wait that ends first never shows it.
import '@mantine/core/styles.css'
import { afterEach, expect, it, vi } from 'vitest'
import { act } from 'react'
import { mountInTheme } from '../test-support/mount'
import { PATIENT_LOADER_DELAY_MS, PatientLoader } from './patient-loader'

afterEach(() => {
  vi.useRealTimers()
})

const spinner = () => document.querySelector('[aria-label="Loading article"]')

it('shows nothing during a short wait, and the spinner once the wait has lasted long enough to be noticed', async () => {
  vi.useFakeTimers()
  await mountInTheme(<PatientLoader aria-label="Loading article" />)
  expect(spinner()).toBeNull()
  await act(async () => vi.advanceTimersByTime(PATIENT_LOADER_DELAY_MS - 1))
  expect(spinner()).toBeNull()
  await act(async () => vi.advanceTimersByTime(1))
  expect(spinner()).not.toBeNull()
  // Mantine's Loader, as drawn before: it spins.
  expect(spinner()!.getAnimations({ subtree: true }).length).toBeGreaterThan(0)
})

it('never shows the spinner of a wait that ended first', async () => {
  vi.useFakeTimers()
  const root = await mountInTheme(<PatientLoader aria-label="Loading article" />)
  await act(async () => vi.advanceTimersByTime(PATIENT_LOADER_DELAY_MS / 2))
  root.unmount()
  await act(async () => vi.advanceTimersByTime(PATIENT_LOADER_DELAY_MS))
  expect(spinner()).toBeNull()
  expect(vi.getTimerCount()).toBe(0)
})
