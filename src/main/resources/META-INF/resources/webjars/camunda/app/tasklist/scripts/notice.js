// Shows, once, why the person was sent here (cockpit/scripts/transitions/no-access.js leaves the
// words in this tab's session storage), above Tasklist, until they close it.

const NOTICE = 'transition-engine-notice';
const text = window.sessionStorage.getItem(NOTICE);

if (text) {
  window.sessionStorage.removeItem(NOTICE);
  const notice = document.createElement('div');
  notice.className = 'transition-notice';
  notice.setAttribute('role', 'status');
  notice.textContent = text;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'transition-notice-close';
  close.setAttribute('aria-label', 'Close');
  close.textContent = '×';
  close.addEventListener('click', () => notice.remove());
  notice.appendChild(close);
  document.body.appendChild(notice);
}

export default [];
