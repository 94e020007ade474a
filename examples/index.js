// A plain host-page script: it talks to the sandbox API on another origin (CORS, CSP connect-src) and
// writes results with textContent only (Trusted Types are enforced on this page).
const config = await (await fetch('/sandbox-config.json')).json();
const form = document.getElementById('search');
const status = document.getElementById('status');
const results = document.getElementById('results');

async function search(q) {
  status.textContent = 'Đang tìm…';
  const url = new URL(`${config.apiBaseUrl}/procedures`);
  url.searchParams.set('q', q);
  url.searchParams.set('limit', '10');
  const response = await fetch(url, { headers: { 'X-Api-Key': config.apiKey, 'Accept-Language': 'vi' } });
  const body = await response.json();
  if (!response.ok) {
    status.textContent = `${body.title} (mã yêu cầu ${body.requestId})`;
    return;
  }
  results.replaceChildren(...body.items.map((p) => {
    const item = document.createElement('li');
    item.textContent = `${p.code} — ${p.name} (${p.processingTime.text})`;
    return item;
  }));
  status.textContent = `${body.items.length} thủ tục.`;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  search(new FormData(form).get('q')).catch(() => { status.textContent = 'Không kết nối được với máy chủ.'; });
});
search(form.q.value).catch(() => { status.textContent = 'Không kết nối được với máy chủ.'; });
