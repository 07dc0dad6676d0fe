/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The shell a build is for (its Vite config defines it); absent in the tests, which choose at run time. */
  readonly SOURCEMARK_SHELL?: 'browser' | 'desktop'
}
