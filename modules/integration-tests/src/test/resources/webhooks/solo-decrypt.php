<?php
// Seed 004 "Webhooks": the decryption snippet, copied verbatim between the markers. The harness reads the
// encryption key and the encrypted string from stdin (two lines) and prints what the snippet decrypted.
[$decryptionKey, $encryptedString] = array_map('trim', explode("\n", trim(stream_get_contents(STDIN)), 2));
// ---- seed 004, verbatim ----
[
$salt,
$iv,
$encryptedString
] = [
base64_decode(substr($encryptedString, 0, 12)),
base64_decode(substr($encryptedString, 12, 24)),
base64_decode(substr($encryptedString, 36)),
];
$secret = hash('SHA256', $decryptionKey . $salt, true);
$decrypted = openssl_decrypt(
$encryptedString,
'AES-256-CBC',
$secret,
1,
$iv
);
// ---- end of seed ----
echo $decrypted === false ? "DECRYPTION FAILED" : $decrypted;
