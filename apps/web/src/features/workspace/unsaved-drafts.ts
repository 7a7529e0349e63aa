import { useEffect, useRef, useSyncExternalStore } from 'react'

/**
 * Unsaved edits of the workspace's open forms, kept in this browser's localStorage per user, claim
 * and form, so that a session that ends mid-edit, a reload or a crash does not lose what was typed.
 * A draft is written while its form differs from what was read and removed once it is saved or
 * discarded; the form restores it on opening and says so.
 *
 * The open forms holding unsaved edits are also registered here, so that a navigation that would
 * close them (another claim, another page, a reload) can ask first.
 */

const PREFIX = 'claimtrail:draft:'

export interface StoredDraft<T> {
  savedAt: string
  data: T
}

export const draftKey = (userId: string, form: string, subjectId: string) =>
  `${PREFIX}${userId}:${form}:${subjectId}`

function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    // Storage can be refused (privacy settings); edits are then only as safe as the open page.
    return null
  }
}

export function readDraft<T>(key: string | null): StoredDraft<T> | null {
  if (!key) return null
  const raw = storage()?.getItem(key)
  if (!raw) return null
  try {
    const parsed = JSON.parse(raw) as StoredDraft<T>
    return typeof parsed === 'object' && parsed && 'data' in parsed ? parsed : null
  } catch {
    return null
  }
}

export function clearDraft(key: string | null): void {
  if (key) storage()?.removeItem(key)
}

function writeDraft<T>(key: string, data: T): void {
  try {
    storage()?.setItem(key, JSON.stringify({ savedAt: new Date().toISOString(), data }))
  } catch {
    // Full or refused: the form still works, only without the safety net.
  }
}

// --- open forms with unsaved edits -------------------------------------------------------------

const open = new Map<string, () => void>()
const listeners = new Set<() => void>()
let snapshot = 0

function changed() {
  snapshot = open.size
  for (const listener of listeners) listener()
}

/** Whether any open form holds an unsaved edit (read at navigation time, not from a render). */
export const hasUnsavedEdits = () => open.size > 0

/** Throws the unsaved edits away: each form's `discard` clears its draft. */
export function discardUnsavedEdits(): void {
  for (const discard of [...open.values()]) discard()
  open.clear()
  changed()
}

/** The number of open forms holding unsaved edits, as React state. */
export function useUnsavedCount(): number {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => snapshot,
  )
}

/**
 * Keeps a form's unsaved edit: `data` is written under `key` while `dirty`, removed when it is not,
 * and the form is counted as holding an unsaved edit meanwhile. `markSaved` (call it before
 * navigating away after a save) forgets both at once.
 */
export function useDraft<T>(key: string | null, data: T, dirty: boolean): { markSaved: () => void } {
  const written = useRef<string | null>(null)
  const json = dirty ? JSON.stringify(data) : null

  useEffect(() => {
    if (!key) return
    if (json === null) {
      if (written.current !== null) clearDraft(key)
      written.current = null
      return
    }
    if (json === written.current) return
    written.current = json
    writeDraft(key, JSON.parse(json) as T)
  }, [key, json])

  useEffect(() => {
    if (!key || !dirty) return
    open.set(key, () => clearDraft(key))
    changed()
    return () => {
      open.delete(key)
      changed()
    }
  }, [key, dirty])

  return {
    markSaved() {
      if (!key) return
      clearDraft(key)
      written.current = null
      open.delete(key)
      changed()
    },
  }
}
