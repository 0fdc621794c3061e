// Tasklist as the transition engine's (served from the application's classpath in place of Camunda's
// own config.js: META-INF/resources/webjars/camunda/app/tasklist/scripts/). The shortcuts are
// Camunda's defaults, kept: this file replaces theirs whole.
export default {
  app: {
    vendor: 'Transition engine ·',
    name: 'Tasklist'
  },
  // says why someone was sent here from Cockpit or Admin
  // the browser's language when the webapp has it (fr.json beside Camunda's en.json), else English
  locales: {
    availableLocales: ['en', 'fr'],
    fallbackLocale: 'en'
  },
  // notice.js: why a member of staff lands here; form-language.js: a form's dates as ISO dates and
  // form-js's own messages in the form's language; shared/language.js: dates in the page's language
  customScripts: ['scripts/notice', 'scripts/form-language', '../shared/language', 'scripts/offered-actions'],
  disableWelcomeMessage: true,
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
