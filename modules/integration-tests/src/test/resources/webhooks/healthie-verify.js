// Seed 001 "Signed payloads", JavaScript Code Sample, lines copied verbatim (functions only); the harness
// below the marker reads one delivery as JSON on stdin and prints true or false.
async function getSigningKey(secretKey) {
const encoder = new TextEncoder();
const keyData = encoder.encode(secretKey);
return await crypto.subtle.importKey(
'raw',
keyData,
{ name: 'HMAC', hash: { name: 'SHA-256' } },
false,
['sign']
);
}
function constructDataToSign({ method, path, query, headers, body }) {
const contentDigest = headers['content-digest'].split('=')[1];
const contentType = 'application/json';
const contentLength = new Blob([JSON.stringify(body)]).size;
return `${method.toLowerCase()} ${path} ${query} ${contentDigest} ${contentType} ${contentLength}`;
}
async function generateSignature(key, data) {
const encoder = new TextEncoder();
const signature = await crypto.subtle.sign('HMAC', key, encoder.encode(data));
return Array.from(new Uint8Array(signature))
.map(byte => byte.toString(16).padStart(2, '0'))
.join('');
}
async function verifySignature(requestData, secretKey) {
const key = await getSigningKey(secretKey);
const dataToSign = constructDataToSign(requestData);
const computedSignature = await generateSignature(key, dataToSign);
const actualSignature = requestData.headers['signature'].split('=')[1];
return computedSignature === actualSignature;
}
// ---- harness (not from the seed) ----
let input = '';
process.stdin.on('data', chunk => input += chunk);
process.stdin.on('end', () => {
  const delivery = JSON.parse(input);
  const requestData = {
    method: delivery.method,
    path: delivery.path,
    query: delivery.query,
    body: JSON.parse(delivery.body),
    headers: delivery.headers
  };
  verifySignature(requestData, delivery.secret)
    .then(isValid => console.log(isValid))
    .catch(err => { console.error(err); process.exit(2); });
});
