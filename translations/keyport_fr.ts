<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>keyport</name>
    <message>
        <source>Not enough space to write %1: free some disk space and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; Keyport never overwrites a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is damaged or truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key files holding %1 keys are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cipher %1 is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a private key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is protected by a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase (or the key file is damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is encrypted with %1, which Keyport does not support; re-encrypt it with `ssh-keygen -p -Z aes256-ctr -f FILE`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported key derivation &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key name &quot;%1&quot; contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key name &quot;%1&quot; is not allowed: use letters, digits and . _ @ + - (no spaces, not starting with . or -).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key name must not end in .pub; that name is for the public half.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is damaged or not a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid SSH public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown editor &quot;%1&quot;: use code, cursor or codium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not installed (not on PATH nor in the usual places). Install it, or put its `%1` command on PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal command template is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal command template must contain {command}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to bind %1: the proxy listens on loopback addresses only (127.x.y.z or ::1), so nobody else on the network can use your workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knot cannot start %1 now (423): it is already running, starting or being deleted, or a space it depends on is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knot cannot stop %1 (423): it is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knot does not know the space %1 (404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another knot zone (406).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting %1 would exceed your knot quota (507).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside its template&apos;s schedule (503).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not do that to %1 (403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knot answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1: %2 &quot;%3&quot; cannot be written to an ssh config (quotes, %, or control characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains quotes or backslashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains #, % or =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts with -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1: the %2 &quot;%3&quot; %4, which would change the meaning of the ssh config; it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1: the name may only hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; to be an ssh host alias; it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source name &quot;%1&quot; is not allowed: start with a letter; use letters, digits, _ and - (it becomes the first part of workspace names and ssh aliases).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of a built-in source.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::AddSourceJob</name>
    <message>
        <source>Paste the token first; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A source named %1 exists already; remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown source kind %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not added: its token could not be stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::AgentClient</name>
    <message>
        <source>No ssh-agent: SSH_AUTH_SOCK is not set. Start one with `eval &quot;$(ssh-agent -s)&quot;` or use a desktop session that provides one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ssh-agent at %1 did not answer within %2 s; it may be hung. Restart it (for example `eval &quot;$(ssh-agent -s)&quot;`) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the ssh-agent at %1: it is not running or the socket is stale. Start a new agent and update SSH_AUTH_SOCK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the connection to the ssh-agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ssh-agent closed the connection without answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ssh-agent sent an invalid reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ssh-agent sent an unexpected reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ssh-agent refused to list its keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ssh-agent sent a truncated key list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lifetime of %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmation on each use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ssh-agent refused the key with %1. Some agents (gnome-keyring, older Pageant) do not support constraints: use OpenSSH&apos;s ssh-agent, or add the key without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ssh-agent refused the key (is the agent locked?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That key is not in the ssh-agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ssh-agent refused to remove its keys (is it locked?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock password must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ssh-agent refused to lock (is it already locked?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ssh-agent refused to unlock: wrong password, or it is not locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::AppContext</name>
    <message>
        <source>Passphrase for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::ConnectJob</name>
    <message>
        <source>Checking the agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the tunnel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the host key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot fetch the host key of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not trusted; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::ErrorBanner</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::GenerateKeyDialog</name>
    <message>
        <source>Generate a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECDSA P-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 4096</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the passphrase in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the agent for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes in the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase: anyone who gets a copy of the file can use the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: use at least 12 characters, or a few unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair: longer is better; a few unrelated words are easy to type and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::HostKeyDialog</name>
    <message>
        <source>Trust %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;First connection to %1&lt;/h3&gt;&lt;p&gt;Keyport has not seen this server before. It offered this host key:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If whoever runs the workspace published its fingerprint, compare it now. Trusting pins this key: Keyport and ssh will refuse a different one later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyport did not connect to %1&lt;/h3&gt;&lt;p&gt;The server offered a different host key from the one pinned when you first connected. Either the workspace was rebuilt or moved and got a new key, or something between you and it is pretending to be it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Offered now: &lt;tt&gt;%1 %2&lt;/tt&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What to check:&lt;/b&gt; ask whoever runs the workspace whether it was rebuilt and what its new fingerprint is. Only when it matches, replace the pin with &lt;tt&gt;keyport-cli trust %1 --replace&lt;/tt&gt;. Until then, do not type passwords or copy secrets to it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::HttpApi</name>
    <message>
        <source>No token is stored for this source: add the source again with its token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MiB; refusing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate of %1 could not be verified: check the URL; for a test server you trust, add the source with --insecure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the token (401): it expired or was revoked. Create a new token and add the source again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::JupyterHubSource</name>
    <message>
        <source>This token belongs to hub user &quot;%1&quot;, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JupyterHub will not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JupyterHub could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JupyterHub is still stopping the server; check again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JupyterHub will not stop %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a terminal of your hub server, run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server of %1 is running, so Keyport cannot write your key. Start one (keyport-cli workspaces start %2.default) and try again. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s server refuses to write ~/.ssh (hidden files are not allowed there). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JupyterHub %1 (user %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::KeyStore</name>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid key name or path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key named &quot;%1&quot; in %2; `keyport-cli keys list` shows the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key name &quot;%1&quot; contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key name must not contain &quot;..&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New keys are created in %1; &quot;%2&quot; points elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name (Keyport never overwrites key files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not belong to this private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is for a different key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment must not contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a key file; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::KeyportUrl</name>
    <message>
        <source>Not a Keyport link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links start with keyport://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action must be connect, open or proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected keyport://%1/&lt;source&gt;/&lt;workspace&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source or workspace name is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown editor &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path is not valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::KeysPage</name>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No knot or JupyterHub sources yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add for the configured lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, confirm each use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agent (SSH_AUTH_SOCK is not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown until unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keys in %1 yet: generate one or import one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>agent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was created, but its passphrase could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was created, but not added to the agent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key of %1 is unknown until it is unlocked (no .pub file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the public key of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ssh-agent is running (SSH_AUTH_SOCK is not set). Start one, or log in to a desktop session that provides it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added to the agent for %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Added to the agent until you remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the passphrase of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1, its public key and certificate from %2? Servers that only know this key will stop letting you in. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key of %1 is unknown (no .pub file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering %1 with %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered %1 with %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::KnotSource</name>
    <message>
        <source>knot&apos;s whoami answer has no user_id; is this a knot server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knot sent a space list that is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knot keeps at most 16 KiB of keys per user; remove an old key in knot first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knot server %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::KnownHosts</name>
    <message>
        <source>No host key is pinned for %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 has changed: expected %2 %3, but the server offered %4 %5. The pin is in %6. This can mean the workspace was rebuilt, or that someone is intercepting the connection; check with its owner before running `keyport-cli trust %1 --replace`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::MainWindow</name>
    <message>
        <source>Keyport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Keyport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launched %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyport %1&lt;/h3&gt;&lt;p&gt;Your remote development workspaces over SSH.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;libssh %3&lt;br&gt;OpenSSL %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Keyport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running proxies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide Keyport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Keyport: %n proxy(ies) running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Keyport is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your proxies keep running. Quit from the tray icon to stop them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::ManagedSshConfig</name>
    <message>
        <source>Workspace %1 has no port yet (never started); it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a broken symbolic link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up %1, so it was not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be changed (%2). Add this line at its top yourself: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::PrivateKey</name>
    <message>
        <source>Cannot read the Ed25519 public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported elliptic curve &quot;%1&quot;: SSH uses P-256, P-384 and P-521.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the RSA public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSA keys are obsolete and no longer accepted by OpenSSH; generate an Ed25519 key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported private key type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA keys must have 3072 or 4096 bits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyport generates Ed25519, ECDSA and RSA keys only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key generation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the Ed25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key lives on a hardware security key (FIDO); use ssh-add to load it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM private key could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::ProcessStream</name>
    <message>
        <source>%1 exited with status %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::ProxyManager</name>
    <message>
        <source>The source %1 is not configured any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::ProxyServer</name>
    <message>
        <source>The proxy listens on loopback addresses only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::PublicKey</name>
    <message>
        <source>Unsupported key type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::Sandbox</name>
    <message>
        <source>The sandbox needs OpenSSH&apos;s server (sshd); install it (Debian/Ubuntu: openssh-server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key of %1 is unknown (no .pub file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox sshd did not start; see %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox sshd did not come up; see %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox sshd (pid %1) did not stop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::SandboxSource</name>
    <message>
        <source>The local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::SecretJob</name>
    <message>
        <source>No OS keychain is available (on Linux: a Secret Service such as gnome-keyring or KWallet). Keyport never stores secrets in plain text, so it will ask each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the OS keychain was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain is not reachable; Keyport never stores secrets in plain text, so it will ask each time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom command…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terminal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom terminal command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shell is involved: {command} becomes the ssh command&apos;s words, {title} and {alias} one word each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Editor for links:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent lifetime in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys stay in the &amp;agent for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Keyport&apos;s hosts to ~/.ssh/config (one Include line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh config integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets ssh, scp, rsync and editors use workspace names directly. You see the change before it is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh config:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward my agent when connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent forwarding by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent forwarding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off by default: anyone with root on a workspace can use a forwarded agent to log in wherever your keys work, for as long as you are connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep proxies running in the tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep proxies running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time Keyport starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: ssh&apos;s defaults)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your ssh config?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyport will add this line at the top of %1 and write its hosts to %2. Everything else stays as it is; a backup is kept.

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyport will remove its Include line from %1 and delete %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh, scp, rsync and editors now know your workspaces by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed Keyport&apos;s Include line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::SocketStream</name>
    <message>
        <source>The connection failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1 port %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::Source</name>
    <message>
        <source>%1 workspaces cannot %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>be started from Keyport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>be stopped from Keyport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>have keys registered by Keyport</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::SourceDialog</name>
    <message>
        <source>Add a JupyterHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a knot server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your JupyterHub user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not verify TLS certificates (test servers only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paste the token here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the token page in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s URL first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paste a new token, or leave empty to keep the stored one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It works: %n workspace(s) listed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored token could not be read; paste it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::SourceRegistry</name>
    <message>
        <source>Unknown source kind &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must use https:// (plain http is only allowed for loopback addresses, for local testing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A source named %1 exists already; remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no source named %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::SourcesPage</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add knot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add JupyterHub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from knot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the source %1 and its token from the keychain? Its workspaces leave the list and the ssh config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1, but its token could not be removed from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 and its token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no [client.connection.*] entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No knot client config to import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running on 127.0.0.1:%1 as local.sandbox (key %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. The sandbox is an sshd on this machine to try Keyport with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::SshConfigReader</name>
    <message>
        <source>unterminated quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Includes nest too deeply at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for an ssh config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::SshConfigSource</name>
    <message>
        <source>Hosts from your ssh config</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::SshSession</name>
    <message>
        <source>Cannot connect to %1 port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no host key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the server&apos;s host key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libssh could not load the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1@%2 did not accept the key %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1@%2 accepted none of the ssh-agent&apos;s keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open a session channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote command failed with exit status %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::StdioStream</name>
    <message>
        <source>The SSH client closed its end of the pipe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::UnlockKeyJob</name>
    <message>
        <source>%1 is protected by a passphrase and none is stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected by a passphrase and none was given; store it with `keyport-cli keys remember %1` or type it when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase stored in the keychain no longer opens %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase, try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::WebSocketStream</name>
    <message>
        <source>The TLS certificate of %1 could not be verified; if this is a test server you trust, mark the source --insecure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the tunnel to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the tunnel to %1: TLS is not available on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the tunnel to %1: a request header is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer to the WebSocket upgrade is not HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;Upgrade: websocket&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;Connection: Upgrade&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a wrong Sec-WebSocket-Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an extension that was not asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a subprotocol that was not asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the tunnel to %1: the server&apos;s WebSocket handshake is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the answer from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the token (401): it expired or was revoked. Create a new token and add the source again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to use SSH on this workspace (403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no SSH endpoint for this workspace (404): it may be stopped, unknown, or have no sshd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected instead of opening the tunnel (%1): the workspace&apos;s server is probably stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tunnel at %1 sent a text frame; it is not an SSH tunnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tunnel at %1 sent a frame of %2 bytes, more than Keyport accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tunnel at %1 broke the WebSocket protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection during the WebSocket handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tunnel to %1 closed unexpectedly (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no close frame</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::WorkspaceDelegate</name>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::WorkspaceModel</name>
    <message>
        <source>refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, tags %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::WorkspacesPage</name>
    <message>
        <source>Search workspaces (Ctrl+K) — project:  tag:  state:  source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of workspaces shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh all sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh all sources (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running proxies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a workspace to see how to reach it.

Enter or double-click connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a terminal with ssh (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in VS Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy ssh command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the ssh command (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 command for the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the %1 command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(your user name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ssh&apos;s defaults and the agent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid, no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked by ssh against your known_hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (pinned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not pinned yet: you will be asked on first connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent forwarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite ★</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refreshed at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the proxy for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace %1: refresh its source, or check the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is stopped. Start it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started but is not listed any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not added to the agent (%1); ssh will ask for its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal program was found. Choose one, or a custom command, in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened a terminal for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Keyport&apos;s hosts to your ssh config?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editors find %1 through ~/.ssh/config. Keyport will add one line at its top:

%2

Remove it any time in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::knotconfig</name>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::paths</name>
    <message>
        <source>Cannot create %1: check that your home directory is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set permissions 0700 on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyport::workspacesettings</name>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host named %1 exists already; remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no host named %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
