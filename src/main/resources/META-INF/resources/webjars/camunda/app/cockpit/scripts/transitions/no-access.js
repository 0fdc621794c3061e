// A member of staff who signs in on Cockpit's (or Admin's) sign-in form with the right password is
// refused by the webapp with 403 ("missing access rights to application"), which the form shows as a
// failed sign-in. Instead they are taken to Tasklist, where their work is, and Tasklist says why
// (tasklist/scripts/notice.js). A wrong password (401) stays on the form as before.

const base = document.querySelector('base');
const appRoot = base ? base.getAttribute('app-root') : '/camunda';
const app = window.location.pathname.includes('/app/admin/') ? 'Admin' : 'Cockpit';
const NOTICE = 'transition-engine-notice';

function engine() {
  const match = window.location.pathname.match(/\/app\/[a-z]+\/([^/]+)\//);
  return match ? match[1] : 'default';
}

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function(method, url, ...rest) {
  if (String(method).toUpperCase() === 'POST' && /\/auth\/user\/[^/]+\/login\/(cockpit|admin)$/.test(url)) {
    this.addEventListener('load', () => {
      if (this.status === 403) {
        window.sessionStorage.setItem(
          NOTICE,
          `${app} is for ${app === 'Admin' ? 'administrators' : 'transition managers and administrators'}. ` +
            'Your account works in Tasklist: sign in here to see your tasks.'
        );
        window.location.assign(`${appRoot}/app/tasklist/${engine()}/`);
      }
    });
  }
  return open.call(this, method, url, ...rest);
};

export default [];
