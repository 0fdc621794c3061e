// The welcome page as the transition engine's (served from the application's classpath in place of
// Camunda's own config.js: META-INF/resources/webjars/camunda/app/welcome/scripts/).
export default {
  app: {
    vendor: 'Transition engine ·',
    name: 'Welcome'
  },
  disableWelcomeMessage: true
};
