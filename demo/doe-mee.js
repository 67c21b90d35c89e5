// The participants' page of the workshop: the link (or QR code) of the facilitator's
// <cooperation-check mode="results"> carries the room, the server, a fill token, the check and the round.
// With them the form sends its answers to the room through the server, without ever reading the room.
const query = new URLSearchParams(location.search);
const check = document.querySelector('cooperation-check');
const names = ['room', 'server', 'token', 'check', 'round'];
for (const name of names) {
  const value = query.get(name);
  if (value) check?.setAttribute(name, value);
}
if (!query.get('room') || !query.get('token')) document.querySelector('[data-needs-link]')?.removeAttribute('hidden');
