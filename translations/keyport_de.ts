<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>keyport</name>
    <message>
        <source>Not enough space to write %1: free some disk space and try again; nothing was changed.</source>
        <translation>Nicht genug Speicherplatz, um %1 zu schreiben: Geben Sie Speicherplatz frei und versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot write %1: permission denied.</source>
        <translation>%1 kann nicht geschrieben werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 already exists; Keyport never overwrites a key file.</source>
        <translation>%1 existiert bereits; Keyport überschreibt niemals eine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>The certificate file is damaged.</source>
        <translation>Die Zertifikatsdatei ist beschädigt.</translation>
    </message>
    <message>
        <source>The key file is damaged or truncated.</source>
        <translation>Die Schlüsseldatei ist beschädigt oder unvollständig.</translation>
    </message>
    <message>
        <source>Key files holding %1 keys are not supported.</source>
        <translation>Schlüsseldateien mit %1 Schlüsseln werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>The cipher %1 is not available.</source>
        <translation>Das Verschlüsselungsverfahren %1 ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Falsche Passphrase.</translation>
    </message>
    <message>
        <source>This is not a private key file.</source>
        <translation>Dies ist keine Datei mit einem privaten Schlüssel.</translation>
    </message>
    <message>
        <source>This key is protected by a passphrase.</source>
        <translation>Dieser Schlüssel ist durch eine Passphrase geschützt.</translation>
    </message>
    <message>
        <source>Wrong passphrase (or the key file is damaged).</source>
        <translation>Falsche Passphrase (oder die Schlüsseldatei ist beschädigt).</translation>
    </message>
    <message>
        <source>The key is encrypted with %1, which Keyport does not support; re-encrypt it with `ssh-keygen -p -Z aes256-ctr -f FILE`.</source>
        <translation>Der Schlüssel ist mit %1 verschlüsselt, was Keyport nicht unterstützt; verschlüsseln Sie ihn neu mit `ssh-keygen -p -Z aes256-ctr -f DATEI`.</translation>
    </message>
    <message>
        <source>Unsupported key derivation &quot;%1&quot;.</source>
        <translation>Nicht unterstützte Schlüsselableitung „%1“.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file.</source>
        <translation>%1 ist zu groß für eine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>The key name is empty.</source>
        <translation>Der Schlüsselname ist leer.</translation>
    </message>
    <message>
        <source>The key name &quot;%1&quot; contains control characters.</source>
        <translation>Der Schlüsselname „%1“ enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file name.</source>
        <translation>„%1“ ist kein Dateiname.</translation>
    </message>
    <message>
        <source>The key name &quot;%1&quot; is not allowed: use letters, digits and . _ @ + - (no spaces, not starting with . or -).</source>
        <translation>Der Schlüsselname „%1“ ist nicht zulässig: Verwenden Sie Buchstaben, Ziffern und . _ @ + - (keine Leerzeichen, nicht mit . oder - am Anfang).</translation>
    </message>
    <message>
        <source>A key name must not end in .pub; that name is for the public half.</source>
        <translation>Ein Schlüsselname darf nicht auf .pub enden; dieser Name ist für den öffentlichen Teil vorgesehen.</translation>
    </message>
    <message>
        <source>The private key is damaged or not a key.</source>
        <translation>Der private Schlüssel ist beschädigt oder gar kein Schlüssel.</translation>
    </message>
    <message>
        <source>This is not a valid SSH public key.</source>
        <translation>Dies ist kein gültiger öffentlicher SSH-Schlüssel.</translation>
    </message>
    <message>
        <source>Unknown editor &quot;%1&quot;: use code, cursor or codium.</source>
        <translation>Unbekannter Editor „%1“: Verwenden Sie code, cursor oder codium.</translation>
    </message>
    <message>
        <source>%1 is not installed (not on PATH nor in the usual places). Install it, or put its `%1` command on PATH.</source>
        <translation>%1 ist nicht installiert (weder im PATH noch an den üblichen Orten). Installieren Sie es oder nehmen Sie den Befehl `%1` in den PATH auf.</translation>
    </message>
    <message>
        <source>The terminal command template is empty.</source>
        <translation>Die Befehlsvorlage für das Terminal ist leer.</translation>
    </message>
    <message>
        <source>The terminal command template must contain {command}.</source>
        <translation>Die Befehlsvorlage für das Terminal muss {command} enthalten.</translation>
    </message>
    <message>
        <source>Cannot start %1.</source>
        <translation>%1 kann nicht gestartet werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>„%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>Refusing to bind %1: the proxy listens on loopback addresses only (127.x.y.z or ::1), so nobody else on the network can use your workspace.</source>
        <translation>%1 wird nicht gebunden: Der Proxy lauscht nur auf Loopback-Adressen (127.x.y.z oder ::1), damit niemand sonst im Netzwerk Ihren Arbeitsbereich nutzen kann.</translation>
    </message>
    <message>
        <source>knot cannot start %1 now (423): it is already running, starting or being deleted, or a space it depends on is not running.</source>
        <translation>knot kann %1 jetzt nicht starten (423): Der Space läuft bereits, wird gerade gestartet oder gelöscht, oder ein Space, von dem er abhängt, läuft nicht.</translation>
    </message>
    <message>
        <source>knot cannot stop %1 (423): it is not running.</source>
        <translation>knot kann %1 nicht stoppen (423): Der Space läuft nicht.</translation>
    </message>
    <message>
        <source>knot does not know the space %1 (404).</source>
        <translation>knot kennt den Space %1 nicht (404).</translation>
    </message>
    <message>
        <source>%1 belongs to another knot zone (406).</source>
        <translation>%1 gehört zu einer anderen knot-Zone (406).</translation>
    </message>
    <message>
        <source>Starting %1 would exceed your knot quota (507).</source>
        <translation>Das Starten von %1 würde Ihr knot-Kontingent überschreiten (507).</translation>
    </message>
    <message>
        <source>%1 is outside its template&apos;s schedule (503).</source>
        <translation>%1 liegt außerhalb des Zeitplans seiner Vorlage (503).</translation>
    </message>
    <message>
        <source>You may not do that to %1 (403).</source>
        <translation>Diese Aktion ist für %1 nicht erlaubt (403).</translation>
    </message>
    <message>
        <source>knot answered %1.</source>
        <translation>knot antwortete mit %1.</translation>
    </message>
    <message>
        <source>Workspace %1: %2 &quot;%3&quot; cannot be written to an ssh config (quotes, %, or control characters).</source>
        <translation>Arbeitsbereich %1: %2 „%3“ kann nicht in eine ssh-Konfiguration geschrieben werden (Anführungszeichen, % oder Steuerzeichen).</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>contains whitespace</source>
        <translation>enthält Leerzeichen</translation>
    </message>
    <message>
        <source>contains quotes or backslashes</source>
        <translation>enthält Anführungszeichen oder Backslashes</translation>
    </message>
    <message>
        <source>contains #, % or =</source>
        <translation>enthält #, % oder =</translation>
    </message>
    <message>
        <source>starts with -</source>
        <translation>beginnt mit -</translation>
    </message>
    <message>
        <source>Workspace %1: the %2 &quot;%3&quot; %4, which would change the meaning of the ssh config; it was left out.</source>
        <translation>Arbeitsbereich %1: %2 „%3“ %4, was die Bedeutung der ssh-Konfiguration verändern würde; er wurde ausgelassen.</translation>
    </message>
    <message>
        <source>Workspace %1: the name may only hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; to be an ssh host alias; it was left out.</source>
        <translation>Arbeitsbereich %1: Als ssh-Host-Alias darf der Name nur Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; enthalten; er wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The source name &quot;%1&quot; is not allowed: start with a letter; use letters, digits, _ and - (it becomes the first part of workspace names and ssh aliases).</source>
        <translation>Der Quellenname „%1“ ist nicht zulässig: Beginnen Sie mit einem Buchstaben und verwenden Sie Buchstaben, Ziffern, _ und - (er wird zum ersten Teil der Arbeitsbereichsnamen und ssh-Aliasse).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Keyport has not changed it: fix it, or move it aside to start that file afresh.</source>
        <translation>%1 kann nicht gelesen werden: %2. Keyport hat die Datei nicht verändert: Beheben Sie den Fehler, oder verschieben Sie sie beiseite, um mit dieser Datei neu zu beginnen.</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 cannot be opened; Keyport has not changed it. Check its permissions.</source>
        <translation>%1 kann nicht geöffnet werden; Keyport hat die Datei nicht verändert. Prüfen Sie ihre Zugriffsrechte.</translation>
    </message>
    <message>
        <source>%1 at line %2, column %3</source>
        <translation>%1 in Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <source>it holds JSON, but not an object</source>
        <translation>sie enthält JSON, aber kein Objekt</translation>
    </message>
    <message>
        <source>Cannot move %1 aside to %2.</source>
        <translation>%1 kann nicht nach %2 verschoben werden.</translation>
    </message>
    <message>
        <source>No terminal program was found. Choose one, or a custom command, in Settings.</source>
        <translation>Es wurde kein Terminalprogramm gefunden. Wählen Sie in den Einstellungen eines oder einen eigenen Befehl.</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>ein Verzeichnis</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it was not read.</source>
        <translation>%1 ist keine reguläre Datei und wurde daher nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 is %2, not a regular file, so it was not read.</source>
        <translation>%1 ist %2, keine reguläre Datei, und wurde daher nicht gelesen.</translation>
    </message>
    <message>
        <source>Cannot read %1: permission denied.</source>
        <translation>%1 kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, so it was not read.</source>
        <translation>%1 ist größer als %2 MiB und wurde daher nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>keyport::AddIdentityJob</name>
    <message>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>The public key of %1 is unknown (no .pub file).</source>
        <translation>Der öffentliche Schlüssel von %1 ist unbekannt (keine .pub-Datei).</translation>
    </message>
    <message>
        <source>Creating the SSH identity %1 on %2…</source>
        <translation>SSH-Identität %1 wird bei %2 angelegt…</translation>
    </message>
    <message>
        <source>There is an identity &quot;%1&quot; already: remove it first (keyport-cli identities remove &quot;%1&quot;%2).</source>
        <translation>Es gibt bereits eine Identität „%1“: Entfernen Sie sie zuerst (keyport-cli identities remove &quot;%1&quot;%2).</translation>
    </message>
</context>
<context>
    <name>keyport::AddSourceJob</name>
    <message>
        <source>Paste the token first; nothing was added.</source>
        <translation>Fügen Sie zuerst das Token ein; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>A source named %1 exists already; remove it first.</source>
        <translation>Eine Quelle namens %1 existiert bereits; entfernen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Unknown source kind %1.</source>
        <translation>Unbekannte Quellenart %1.</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>%1 wurde nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <source>%1 was not added: its token could not be stored: %2</source>
        <translation>%1 wurde nicht hinzugefügt: Das Token konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 wird gefragt…</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
</context>
<context>
    <name>keyport::AddToAgentJob</name>
    <message>
        <source>No ssh-agent is running (SSH_AUTH_SOCK is not set). Start one, or log in to a desktop session that provides it.</source>
        <translation>Es läuft kein ssh-agent (SSH_AUTH_SOCK ist nicht gesetzt). Starten Sie einen, oder melden Sie sich in einer Desktop-Sitzung an, die einen bereitstellt.</translation>
    </message>
    <message>
        <source>Unlocking %1…</source>
        <translation>%1 wird entsperrt…</translation>
    </message>
</context>
<context>
    <name>keyport::AgentClient</name>
    <message>
        <source>No ssh-agent: SSH_AUTH_SOCK is not set. Start one with `eval &quot;$(ssh-agent -s)&quot;` or use a desktop session that provides one.</source>
        <translation>Kein ssh-agent: SSH_AUTH_SOCK ist nicht gesetzt. Starten Sie einen mit `eval &quot;$(ssh-agent -s)&quot;` oder verwenden Sie eine Desktop-Sitzung, die einen bereitstellt.</translation>
    </message>
    <message>
        <source>The ssh-agent at %1 did not answer within %2 s; it may be hung. Restart it (for example `eval &quot;$(ssh-agent -s)&quot;`) and try again.</source>
        <translation>Der ssh-agent unter %1 hat nicht innerhalb von %2 s geantwortet; er hängt möglicherweise. Starten Sie ihn neu (zum Beispiel mit `eval &quot;$(ssh-agent -s)&quot;`) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot reach the ssh-agent at %1: it is not running or the socket is stale. Start a new agent and update SSH_AUTH_SOCK.</source>
        <translation>Der ssh-agent unter %1 ist nicht erreichbar: Er läuft nicht, oder der Socket ist veraltet. Starten Sie einen neuen Agenten und aktualisieren Sie SSH_AUTH_SOCK.</translation>
    </message>
    <message>
        <source>Lost the connection to the ssh-agent.</source>
        <translation>Die Verbindung zum ssh-agent ist abgebrochen.</translation>
    </message>
    <message>
        <source>The ssh-agent closed the connection without answering.</source>
        <translation>Der ssh-agent hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The ssh-agent sent an invalid reply.</source>
        <translation>Der ssh-agent hat eine ungültige Antwort gesendet.</translation>
    </message>
    <message>
        <source>The ssh-agent sent an unexpected reply.</source>
        <translation>Der ssh-agent hat eine unerwartete Antwort gesendet.</translation>
    </message>
    <message>
        <source>The ssh-agent refused to list its keys.</source>
        <translation>Der ssh-agent hat sich geweigert, seine Schlüssel aufzulisten.</translation>
    </message>
    <message>
        <source>The ssh-agent sent a truncated key list.</source>
        <translation>Der ssh-agent hat eine unvollständige Schlüsselliste gesendet.</translation>
    </message>
    <message>
        <source>a lifetime of %1 s</source>
        <translation>einer Lebensdauer von %1 s</translation>
    </message>
    <message>
        <source>confirmation on each use</source>
        <translation>Bestätigung bei jeder Verwendung</translation>
    </message>
    <message>
        <source>The ssh-agent refused the key with %1. Some agents (gnome-keyring, older Pageant) do not support constraints: use OpenSSH&apos;s ssh-agent, or add the key without them.</source>
        <translation>Der ssh-agent hat den Schlüssel mit %1 abgelehnt. Manche Agenten (gnome-keyring, ältere Pageant-Versionen) unterstützen keine Einschränkungen: Verwenden Sie den ssh-agent von OpenSSH, oder fügen Sie den Schlüssel ohne Einschränkungen hinzu.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>The ssh-agent refused the key (is the agent locked?).</source>
        <translation>Der ssh-agent hat den Schlüssel abgelehnt (ist der Agent gesperrt?).</translation>
    </message>
    <message>
        <source>That key is not in the ssh-agent.</source>
        <translation>Dieser Schlüssel ist nicht im ssh-agent.</translation>
    </message>
    <message>
        <source>The ssh-agent refused to remove its keys (is it locked?).</source>
        <translation>Der ssh-agent hat sich geweigert, seine Schlüssel zu entfernen (ist er gesperrt?).</translation>
    </message>
    <message>
        <source>The lock password must not be empty.</source>
        <translation>Das Sperrpasswort darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The ssh-agent refused to lock (is it already locked?).</source>
        <translation>Der ssh-agent hat das Sperren abgelehnt (ist er bereits gesperrt?).</translation>
    </message>
    <message>
        <source>The ssh-agent refused to unlock: wrong password, or it is not locked.</source>
        <translation>Der ssh-agent hat das Entsperren abgelehnt: falsches Passwort, oder er ist nicht gesperrt.</translation>
    </message>
    <message>
        <source>The certificate is for another key.</source>
        <translation>Das Zertifikat gehört zu einem anderen Schlüssel.</translation>
    </message>
    <message>
        <source>Keyport cannot add certificates of this key type to the agent.</source>
        <translation>Keyport kann Zertifikate dieses Schlüsseltyps nicht zum Agenten hinzufügen.</translation>
    </message>
    <message>
        <source>certificate %1 of %2</source>
        <translation>Zertifikat %1 von %2</translation>
    </message>
</context>
<context>
    <name>keyport::AppContext</name>
    <message>
        <source>Passphrase for %1</source>
        <translation>Passphrase für %1</translation>
    </message>
    <message>
        <source>Enter the passphrase of %1:</source>
        <translation>Geben Sie die Passphrase für %1 ein:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
</context>
<context>
    <name>keyport::Certificate</name>
    <message>
        <source>not yet valid</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <source>valid forever</source>
        <translation>unbegrenzt gültig</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>vor %1 abgelaufen</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>for any user</source>
        <translation>für jeden Benutzer</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <source>serial %1</source>
        <translation>Seriennummer %1</translation>
    </message>
    <message>
        <source>valid %1 to %2</source>
        <translation>gültig von %1 bis %2</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>gültig bis %1</translation>
    </message>
    <message>
        <source>valid from %1</source>
        <translation>gültig ab %1</translation>
    </message>
</context>
<context>
    <name>keyport::CertificateJob</name>
    <message>
        <source>%1 does not log in with certificates from its source.</source>
        <translation>%1 meldet sich nicht mit Zertifikaten seiner Quelle an.</translation>
    </message>
    <message>
        <source>%1 needs its own key %2, which cannot be made: %3</source>
        <translation>%1 braucht einen eigenen Schlüssel %2, der sich nicht erzeugen lässt: %3</translation>
    </message>
    <message>
        <source>Made the key %1 for %2.</source>
        <translation>Schlüssel %1 für %2 erzeugt.</translation>
    </message>
    <message>
        <source>%1 needs a certificate for its key %2, but the key cannot be read.</source>
        <translation>%1 braucht ein Zertifikat für seinen Schlüssel %2, aber der Schlüssel kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The source %1 is gone.</source>
        <translation>Die Quelle %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Checking that %1 knows the key…</source>
        <translation>Es wird geprüft, ob %1 den Schlüssel kennt…</translation>
    </message>
    <message>
        <source>Registering the key with %1…</source>
        <translation>Schlüssel wird bei %1 registriert…</translation>
    </message>
    <message>
        <source>Registered the key %1 with %2.</source>
        <translation>Schlüssel %1 bei %2 registriert.</translation>
    </message>
    <message>
        <source>Getting a certificate from %1…</source>
        <translation>Zertifikat wird von %1 geholt…</translation>
    </message>
    <message>
        <source>%1 did not issue a certificate: %2</source>
        <translation>%1 hat kein Zertifikat ausgestellt: %2</translation>
    </message>
    <message>
        <source>The key %1 was not added to the agent with its certificate (%2).</source>
        <translation>Der Schlüssel %1 wurde nicht mit seinem Zertifikat zum Agenten hinzugefügt (%2).</translation>
    </message>
</context>
<context>
    <name>keyport::ChangePassphraseJob</name>
    <message>
        <source>Wrong passphrase for %1; nothing was changed.</source>
        <translation>Falsche Passphrase für %1; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed, but the keychain still holds the old one: %2 Store the new one with `keyport-cli keys remember %1`.</source>
        <translation>Die Passphrase von %1 wurde geändert, aber der Schlüsselbund enthält noch die alte: %2 Speichern Sie die neue mit `keyport-cli keys remember %1`.</translation>
    </message>
</context>
<context>
    <name>keyport::ConflictDialog</name>
    <message>
        <source>%1, modified %2</source>
        <translation>%1, geändert am %2</translation>
    </message>
    <message>
        <source>%1 is there already</source>
        <translation>%1 ist bereits vorhanden</translation>
    </message>
    <message>
        <source>Part of %1 is there already</source>
        <translation>Ein Teil von %1 ist bereits vorhanden</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; exists %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; existiert bereits %2.</translation>
    </message>
    <message>
        <source>in this folder</source>
        <translation>in diesem Ordner</translation>
    </message>
    <message>
        <source>on the workspace</source>
        <translation>auf dem Arbeitsbereich</translation>
    </message>
    <message>
        <source>An earlier copy of &lt;b&gt;%1&lt;/b&gt; stopped after %2.</source>
        <translation>Eine frühere Kopie von &lt;b&gt;%1&lt;/b&gt; wurde nach %2 unterbrochen.</translation>
    </message>
    <message>
        <source>Copying: %1</source>
        <translation>Zu kopieren: %1</translation>
    </message>
    <message>
        <source>There: %1</source>
        <translation>Vorhanden: %1</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Continue from what arrived (after checking it still matches)</source>
        <translation>Mit dem bereits Angekommenen fortfahren (nach einer Prüfung, dass es noch übereinstimmt)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace it with the copy</source>
        <translation>Durch die Kopie ersetzen</translation>
    </message>
    <message>
        <source>Replace if &amp;newer</source>
        <translation>Ersetzen, wenn &amp;neuer</translation>
    </message>
    <message>
        <source>Replace it only when the copy is newer</source>
        <translation>Nur ersetzen, wenn die Kopie neuer ist</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <source>Copy as &quot;%1&quot;</source>
        <translation>Als „%1“ kopieren</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>&amp;Von vorn beginnen</translation>
    </message>
    <message>
        <source>Copy it again from the start</source>
        <translation>Noch einmal von Anfang an kopieren</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Über&amp;springen</translation>
    </message>
    <message>
        <source>Leave it as it is</source>
        <translation>Unverändert lassen</translation>
    </message>
    <message>
        <source>Stop copying</source>
        <translation>Kopieren beenden</translation>
    </message>
    <message>
        <source>Stop the whole copy</source>
        <translation>Den gesamten Kopiervorgang beenden</translation>
    </message>
    <message>
        <source>Do the &amp;same for the rest of this copy</source>
        <translation>Für den Rest dieses Kopiervorgangs &amp;genauso verfahren</translation>
    </message>
</context>
<context>
    <name>keyport::DialogQuestions</name>
    <message>
        <source>Start %1?</source>
        <translation>%1 starten?</translation>
    </message>
    <message>
        <source>%1 is stopped. Start it now?</source>
        <translation>%1 ist gestoppt. Jetzt starten?</translation>
    </message>
    <message>
        <source>Add Keyport&apos;s hosts to your ssh config?</source>
        <translation>Hosts von Keyport in Ihre ssh-Konfiguration aufnehmen?</translation>
    </message>
    <message>
        <source>Editors find %1 through ~/.ssh/config. Keyport will add one line at its top:

%2

Remove it any time in Settings.</source>
        <translation>Editoren finden %1 über ~/.ssh/config. Keyport fügt am Anfang dieser Datei eine Zeile ein:

%2

Sie können sie jederzeit in den Einstellungen entfernen.</translation>
    </message>
</context>
<context>
    <name>keyport::ErrorBanner</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Meldungstext</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Meldung kopieren</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>Open the file in its default application</source>
        <translation>Die Datei in ihrer Standardanwendung öffnen</translation>
    </message>
    <message>
        <source>Move it aside and start afresh</source>
        <translation>Beiseite legen und neu beginnen</translation>
    </message>
    <message>
        <source>Move the file aside and start it afresh</source>
        <translation>Die Datei beiseite legen und mit ihr neu beginnen</translation>
    </message>
    <message>
        <source>Moved %1 aside to %2, where nothing of it is lost; Keyport starts that file afresh.</source>
        <translation>%1 wurde nach %2 verschoben, wo nichts davon verloren geht; Keyport beginnt mit dieser Datei neu.</translation>
    </message>
</context>
<context>
    <name>keyport::ExplainLoginJob</name>
    <message>
        <source>%1 is a host of your own ~/.ssh/config: its IdentityFile lines there decide which key it offers.</source>
        <translation>%1 ist ein Host aus Ihrer eigenen ~/.ssh/config: Die IdentityFile-Zeilen dort legen fest, welchen Schlüssel er anbietet.</translation>
    </message>
    <message>
        <source>Check the Host %1 block of ~/.ssh/config; `ssh -v %1` shows each key it offers.</source>
        <translation>Prüfen Sie den Block Host %1 in ~/.ssh/config; `ssh -v %1` zeigt jeden Schlüssel, den er anbietet.</translation>
    </message>
    <message>
        <source>its own setting (keyport-cli workspaces set)</source>
        <translation>seine eigene Einstellung (keyport-cli workspaces set)</translation>
    </message>
    <message>
        <source>Keyport&apos;s identity &quot;%1&quot; (%2)</source>
        <translation>die Identität „%1“ von Keyport (%2)</translation>
    </message>
    <message>
        <source>the key of source %1</source>
        <translation>der Schlüssel der Quelle %1</translation>
    </message>
    <message>
        <source>what source %1 says</source>
        <translation>die Angabe der Quelle %1</translation>
    </message>
    <message>
        <source>%1 offers no key of its own, so ssh tries every key in the agent and in ~/.ssh, and a server stops after a few (MaxAuthTries): &quot;Too many authentication failures&quot;.</source>
        <translation>%1 bietet keinen eigenen Schlüssel an, daher probiert ssh jeden Schlüssel im Agenten und in ~/.ssh aus, und ein Server bricht nach wenigen Versuchen ab (MaxAuthTries): „Too many authentication failures“.</translation>
    </message>
    <message>
        <source>Give it the key it needs: `keyport-cli identities add NAME --key KEY%1` (or `keyport-cli workspaces set %2 --key KEY`).</source>
        <translation>Geben Sie ihm den Schlüssel, den er braucht: `keyport-cli identities add NAME --key KEY%1` (oder `keyport-cli workspaces set %2 --key KEY`).</translation>
    </message>
    <message>
        <source>%1 offers %2 (%3), which Keyport cannot read: %4</source>
        <translation>%1 bietet %2 (%3) an, aber Keyport kann diesen Schlüssel nicht lesen: %4</translation>
    </message>
    <message>
        <source>no public key</source>
        <translation>kein öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>Choose a key that exists: `keyport-cli workspaces set %1 --key KEY`.</source>
        <translation>Wählen Sie einen vorhandenen Schlüssel: `keyport-cli workspaces set %1 --key KEY`.</translation>
    </message>
    <message>
        <source>%1 offers only %2 (%3), chosen by %4.</source>
        <translation>%1 bietet nur %2 (%3) an; maßgeblich ist %4.</translation>
    </message>
    <message>
        <source>Keyport could not read the SSH identities of %1: %2</source>
        <translation>Keyport konnte die SSH-Identitäten von %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>your key</source>
        <translation>Ihr Schlüssel</translation>
    </message>
    <message>
        <source>%1 is in the SSH identity &quot;%2&quot; of %3, which admits %4.</source>
        <translation>%1 ist in der SSH-Identität „%2“ von %3 enthalten, die %4 zulässt.</translation>
    </message>
    <message>
        <source>Widen that identity&apos;s restrictions in Northflank, or add one that admits %1: `keyport-cli identities add NAME --key %2 --source %3 --project %4`.</source>
        <translation>Lockern Sie die Einschränkungen dieser Identität in Northflank, oder fügen Sie eine hinzu, die %1 zulässt: `keyport-cli identities add NAME --key %2 --source %3 --project %4`.</translation>
    </message>
    <message>
        <source>%1 is in none of the SSH identities of %2, so %3 refuses it.</source>
        <translation>%1 ist in keiner der SSH-Identitäten von %2 enthalten, daher lehnt %3 ihn ab.</translation>
    </message>
    <message>
        <source>Add it: `keyport-cli identities add NAME --key %1 --source %2`.</source>
        <translation>Fügen Sie ihn hinzu: `keyport-cli identities add NAME --key %1 --source %2`.</translation>
    </message>
    <message>
        <source>Keyport could not read the keys %1 knows: %2</source>
        <translation>Keyport konnte die Schlüssel, die %1 kennt, nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 is registered with %2.</source>
        <translation>%1 ist bei %2 registriert.</translation>
    </message>
    <message>
        <source>%1 is not registered with %2.</source>
        <translation>%1 ist bei %2 nicht registriert.</translation>
    </message>
    <message>
        <source>Register it: `keyport-cli keys register %1 --source %2`.</source>
        <translation>Registrieren Sie ihn: `keyport-cli keys register %1 --source %2`.</translation>
    </message>
    <message>
        <source>Keyport cannot see which keys the server of %1 accepts (its ~/.ssh/authorized_keys).</source>
        <translation>Keyport kann nicht sehen, welche Schlüssel der Server von %1 akzeptiert (seine ~/.ssh/authorized_keys).</translation>
    </message>
    <message>
        <source>Make sure the server&apos;s ~/.ssh/authorized_keys holds %1 (`ssh-copy-id -i %2 %3` adds it).</source>
        <translation>Stellen Sie sicher, dass ~/.ssh/authorized_keys auf dem Server %1 enthält (`ssh-copy-id -i %2 %3` fügt ihn hinzu).</translation>
    </message>
    <message>
        <source>%1 is in the agent.</source>
        <translation>%1 ist im Agenten.</translation>
    </message>
    <message>
        <source>%1 is not in the agent; ssh reads the file itself (it has no passphrase).</source>
        <translation>%1 ist nicht im Agenten; ssh liest die Datei selbst (sie hat keine Passphrase).</translation>
    </message>
    <message>
        <source>%1 has a passphrase and no agent answers%2, so ssh can only ask for it at a terminal.</source>
        <translation>%1 hat eine Passphrase, und kein Agent antwortet%2, daher kann ssh nur in einem Terminal danach fragen.</translation>
    </message>
    <message>
        <source>Start an agent (`eval $(ssh-agent)`) and add the key: `keyport-cli agent add %1`.</source>
        <translation>Starten Sie einen Agenten (`eval $(ssh-agent)`) und fügen Sie den Schlüssel hinzu: `keyport-cli agent add %1`.</translation>
    </message>
    <message>
        <source>%1 has a passphrase and is not in the agent, so nothing that runs without a terminal (an editor, the Files view) can use it.</source>
        <translation>%1 hat eine Passphrase und ist nicht im Agenten, daher kann nichts, was ohne Terminal läuft (ein Editor, die Dateiansicht), ihn verwenden.</translation>
    </message>
    <message>
        <source>Add it: `keyport-cli agent add %1`.</source>
        <translation>Fügen Sie ihn hinzu: `keyport-cli agent add %1`.</translation>
    </message>
    <message>
        <source>%1 has no certificate yet.</source>
        <translation>%1 hat noch kein Zertifikat.</translation>
    </message>
    <message>
        <source>Get one: `keyport-cli certificate %1`.</source>
        <translation>Holen Sie sich eines: `keyport-cli certificate %1`.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid: %2.</source>
        <translation>Das Zertifikat von %1 ist nicht gültig: %2.</translation>
    </message>
    <message>
        <source>Renew it: `keyport-cli certificate %1` (connecting renews it, too).</source>
        <translation>Erneuern Sie es: `keyport-cli certificate %1` (auch beim Verbinden wird es erneuert).</translation>
    </message>
    <message>
        <source>The certificate of %1: %2.</source>
        <translation>Das Zertifikat von %1: %2.</translation>
    </message>
    <message>
        <source>the SSH identity &quot;%1&quot; of %2, the first that admits %3 and holds a key of yours</source>
        <translation>der SSH-Identität „%1“ von %2, der ersten, die %3 zulässt und einen Ihrer Schlüssel enthält</translation>
    </message>
</context>
<context>
    <name>keyport::FilesDragOffer</name>
    <message>
        <source>The workspace is not connected: nothing was downloaded.</source>
        <translation>Der Arbeitsbereich ist nicht verbunden: es wurde nichts heruntergeladen.</translation>
    </message>
    <message>
        <source>Downloading %1 to %2</source>
        <translation>%1 wird nach %2 heruntergeladen</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n item(s) to %1</source>
        <translation>
            <numerusform>%n Element wird nach %1 heruntergeladen</numerusform>
            <numerusform>%n Elemente werden nach %1 heruntergeladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyport downloads into a folder of this computer only, not into %1.</source>
        <translation>Keyport lädt nur in einen Ordner dieses Computers herunter, nicht nach %1.</translation>
    </message>
    <message>
        <source>These items were handed over already: drag them again.</source>
        <translation>Diese Elemente wurden bereits übergeben: ziehen Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1 cannot be written to.</source>
        <translation>In %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The drop target named no file to save to.</source>
        <translation>Das Ablageziel hat keine Datei zum Speichern genannt.</translation>
    </message>
    <message>
        <source>The drop target named no file to save to (%1).</source>
        <translation>Das Ablageziel hat keine Datei zum Speichern genannt (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be fetched for the drop: %2</source>
        <translation>%1 konnte für das Ablegen nicht geholt werden: %2</translation>
    </message>
    <message>
        <source>%1 is still being fetched: drop it again when its transfer is done.</source>
        <translation>%1 wird noch geholt: legen Sie es erneut ab, wenn die Übertragung fertig ist.</translation>
    </message>
</context>
<context>
    <name>keyport::FilesDragOut</name>
    <message>
        <source>%1 cannot be made.</source>
        <translation>%1 lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <source>Fetching %1 for the drop</source>
        <translation>%1 wird für das Ablegen geholt</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n item(s) for the drop</source>
        <translation>
            <numerusform>%n Element wird für das Ablegen geholt</numerusform>
            <numerusform>%n Elemente werden für das Ablegen geholt</numerusform>
        </translation>
    </message>
    <message>
        <source>The staging folder cannot be made: %1</source>
        <translation>Der Zwischenordner lässt sich nicht anlegen: %1</translation>
    </message>
    <message>
        <source>The workspace is not connected.</source>
        <translation>Der Arbeitsbereich ist nicht verbunden.</translation>
    </message>
</context>
<context>
    <name>keyport::FilesView</name>
    <message>
        <source>Up one folder</source>
        <translation>Einen Ordner nach oben</translation>
    </message>
    <message>
        <source>Home folder</source>
        <translation>Persönlicher Ordner</translation>
    </message>
    <message>
        <source>Folder on the workspace</source>
        <translation>Ordner auf dem Arbeitsbereich</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Aktualisieren (F5)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>Hochladen…</translation>
    </message>
    <message>
        <source>Upload files into this folder (or drop them here)</source>
        <translation>Dateien in diesen Ordner hochladen (oder hier ablegen)</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Herunterladen…</translation>
    </message>
    <message>
        <source>Download the selected files and folders to a folder of this computer</source>
        <translation>Die ausgewählten Dateien und Ordner in einen Ordner dieses Computers herunterladen</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>The files of %1 cannot be reached: %2</source>
        <translation>Die Dateien von %1 sind nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Opening the files of %1…</source>
        <translation>Die Dateien von %1 werden geöffnet…</translation>
    </message>
    <message>
        <source>Listing %1…</source>
        <translation>%1 wird aufgelistet…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Uploading %1 to %2</source>
        <translation>%1 wird nach %2 hochgeladen</translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n item(s) to %1</source>
        <translation>
            <numerusform>%n Eintrag wird nach %1 hochgeladen</numerusform>
            <numerusform>%n Einträge werden nach %1 hochgeladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the files or folders to download first.</source>
        <translation>Wählen Sie zuerst die Dateien oder Ordner zum Herunterladen aus.</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n item(s) to %1</source>
        <translation>
            <numerusform>%n Eintrag wird nach %1 heruntergeladen</numerusform>
            <numerusform>%n Einträge werden nach %1 heruntergeladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload to %1</source>
        <translation>Nach %1 hochladen</translation>
    </message>
    <message>
        <source>Download to</source>
        <translation>Herunterladen nach</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a folder name.</source>
        <translation>„%1“ kann kein Ordnername sein.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Link to</source>
        <translation>Link auf</translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation>Link auf %1</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>Owner %1, group %2</source>
        <translation>Besitzer %1, Gruppe %2</translation>
    </message>
    <message>
        <source>Click a folder to go there; click here or press Ctrl+L to type a location</source>
        <translation>Klicken Sie auf einen Ordner, um dorthin zu wechseln; klicken Sie hier oder drücken Sie Strg+L, um einen Ort einzugeben</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Persönlicher Ordner</translation>
    </message>
    <message>
        <source>Up one folder (Alt+Up, Backspace)</source>
        <translation>Einen Ordner nach oben (Alt+Hoch, Rücktaste)</translation>
    </message>
    <message>
        <source>The remote home folder (Alt+Home)</source>
        <translation>Der persönliche Ordner auf dem Arbeitsbereich (Alt+Pos1)</translation>
    </message>
    <message>
        <source>A folder: /path, ~/path, or a path in the one shown</source>
        <translation>Ein Ordner: /pfad, ~/pfad oder ein Pfad im angezeigten Ordner</translation>
    </message>
    <message>
        <source>Show hidden files</source>
        <translation>Versteckte Dateien anzeigen</translation>
    </message>
    <message>
        <source>Open links to folders as folders</source>
        <translation>Links auf Ordner wie Ordner öffnen</translation>
    </message>
    <message>
        <source>A link to a folder opens like the folder; sizes and dates are its target&apos;s</source>
        <translation>Ein Link auf einen Ordner öffnet sich wie der Ordner; Größen und Daten sind die seines Ziels</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>View options</source>
        <translation>Ansichtsoptionen</translation>
    </message>
    <message>
        <source>Hidden files, links</source>
        <translation>Versteckte Dateien, Links</translation>
    </message>
    <message>
        <source>New folder (Ctrl+Shift+N)</source>
        <translation>Neuer Ordner (Strg+Umschalt+N)</translation>
    </message>
    <message numerus="yes">
        <source>%n hidden (Ctrl+H shows them)</source>
        <translation>
            <numerusform>%n versteckt (Strg+H zeigt es an)</numerusform>
            <numerusform>%n versteckt (Strg+H zeigt sie an)</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1…</source>
        <translation>Anzeige von %1…</translation>
    </message>
    <message>
        <source>%1 is a link to the folder %2: &quot;Open link&quot; in its menu opens it, or View ▸ Open links to folders as folders.</source>
        <translation>%1 ist ein Link auf den Ordner %2: „Link öffnen“ in seinem Menü öffnet ihn, oder Ansicht ▸ Links auf Ordner wie Ordner öffnen.</translation>
    </message>
    <message>
        <source>%1 is not a file Keyport can open.</source>
        <translation>%1 ist keine Datei, die Keyport öffnen kann.</translation>
    </message>
    <message>
        <source>Downloading %1 to open it…</source>
        <translation>%1 wird zum Öffnen heruntergeladen…</translation>
    </message>
    <message>
        <source>No application here opens %1. Its copy is %2.</source>
        <translation>Keine Anwendung auf diesem Computer öffnet %1. Die Kopie liegt unter %2.</translation>
    </message>
    <message>
        <source>Opened %1 on this computer. When you save it there, Keyport offers to upload it.</source>
        <translation>%1 wurde auf diesem Computer geöffnet. Wenn Sie die Datei dort speichern, bietet Keyport an, sie hochzuladen.</translation>
    </message>
    <message>
        <source>Upload the changes?</source>
        <translation>Die Änderungen hochladen?</translation>
    </message>
    <message>
        <source>Upload the changed %1 to %2?</source>
        <translation>Die geänderte Datei %1 nach %2 hochladen?</translation>
    </message>
    <message>
        <source>It replaces %1 on the workspace.</source>
        <translation>Sie ersetzt %1 auf dem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>%1 was not uploaded; saving it again asks again.</source>
        <translation>%1 wurde nicht hochgeladen; beim nächsten Speichern wird erneut gefragt.</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>%1 wird hochgeladen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a name: no &quot;/&quot;, control characters, &quot;.&quot; or &quot;..&quot;.</source>
        <translation>„%1“ kann kein Name sein: kein „/“, keine Steuerzeichen, nicht „.“ oder „..“.</translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation>%1 in %2 umbenannt.</translation>
    </message>
    <message>
        <source>Delete the folder %1 and everything in it?</source>
        <translation>Den Ordner %1 und seinen gesamten Inhalt löschen?</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s), folders with everything in them?</source>
        <translation>
            <numerusform>%n Element löschen, Ordner mit ihrem gesamten Inhalt?</numerusform>
            <numerusform>%n Elemente löschen, Ordner mit ihrem gesamten Inhalt?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)?</source>
        <translation>
            <numerusform>%n Element löschen?</numerusform>
            <numerusform>%n Elemente löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete from the workspace</source>
        <translation>Vom Arbeitsbereich löschen</translation>
    </message>
    <message>
        <source>They are deleted on %1, not moved to a trash: this cannot be undone. Links are deleted, never what they point to.</source>
        <translation>Sie werden auf %1 gelöscht, nicht in einen Papierkorb verschoben: das lässt sich nicht rückgängig machen. Links werden gelöscht, nie das, worauf sie zeigen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n item(s)…</source>
        <translation>
            <numerusform>%n Element wird gelöscht…</numerusform>
            <numerusform>%n Elemente werden gelöscht…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s).</source>
        <translation>
            <numerusform>%n Element gelöscht.</numerusform>
            <numerusform>%n Elemente gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation>Name des neuen Ordners in %1:</translation>
    </message>
    <message>
        <source>Made the folder %1.</source>
        <translation>Ordner %1 angelegt.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>Open with its application</source>
        <translation>Mit der zugehörigen Anwendung öffnen</translation>
    </message>
    <message>
        <source>Downloads a copy, opens it, and offers to upload it when it is saved</source>
        <translation>Lädt eine Kopie herunter, öffnet sie und bietet beim Speichern an, sie hochzuladen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>Copy the folder&apos;s path</source>
        <translation>Den Pfad des Ordners kopieren</translation>
    </message>
    <message>
        <source>New folder…</source>
        <translation>Neuer Ordner…</translation>
    </message>
    <message>
        <source>Upload here…</source>
        <translation>Hierher hochladen…</translation>
    </message>
    <message numerus="yes">
        <source>The connection to %1 was lost. Trying again in %n s (try %2)…</source>
        <translation>
            <numerusform>Die Verbindung zu %1 ist abgebrochen. Neuer Versuch in %n s (Versuch %2)…</numerusform>
            <numerusform>Die Verbindung zu %1 ist abgebrochen. Neuer Versuch in %n s (Versuch %2)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading %1 to %2</source>
        <translation>%1 wird nach %2 heruntergeladen</translation>
    </message>
</context>
<context>
    <name>keyport::FilesWindow</name>
    <message>
        <source>Files of %1</source>
        <translation>Dateien von %1</translation>
    </message>
    <message>
        <source>Transfers are running</source>
        <translation>Übertragungen laufen</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>Anhalten und schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) still running. Keep copying in the background? The window comes back when they need you, and you hear when they are done.</source>
        <translation>
            <numerusform>%n Übertragung läuft noch. Im Hintergrund weiterkopieren? Das Fenster kommt zurück, wenn sie Sie braucht, und Sie erfahren, wenn sie fertig ist.</numerusform>
            <numerusform>%n Übertragungen laufen noch. Im Hintergrund weiterkopieren? Das Fenster kommt zurück, wenn sie Sie brauchen, und Sie erfahren, wenn sie fertig sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping keeps what arrived as part files: copying again continues from there.</source>
        <translation>Beim Anhalten bleibt das Angekommene als Teildateien erhalten: Erneutes Kopieren setzt dort fort.</translation>
    </message>
    <message>
        <source>Keep copying in the background</source>
        <translation>Im Hintergrund weiterkopieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>keyport::FindWorkspaceJob</name>
    <message>
        <source>&quot;%1&quot; is not a workspace name.</source>
        <translation>„%1“ ist kein Arbeitsbereichsname.</translation>
    </message>
    <message>
        <source>No workspace %1: workspaces are named &lt;source&gt;.&lt;name&gt;; `keyport-cli workspaces list` shows them.</source>
        <translation>Kein Arbeitsbereich %1: Arbeitsbereiche heißen &lt;source&gt;.&lt;name&gt;; `keyport-cli workspaces list` zeigt sie.</translation>
    </message>
    <message>
        <source>Source %1: %2</source>
        <translation>Quelle %1: %2</translation>
    </message>
    <message>
        <source>No workspace %1 in source %2.</source>
        <translation>Kein Arbeitsbereich %1 in der Quelle %2.</translation>
    </message>
</context>
<context>
    <name>keyport::GenerateKeyDialog</name>
    <message>
        <source>Generate a key</source>
        <translation>Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>Key file name</source>
        <translation>Name der Schlüsseldatei</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Schlüsseltyp</translation>
    </message>
    <message>
        <source>Ed25519 (recommended)</source>
        <translation>Ed25519 (empfohlen)</translation>
    </message>
    <message>
        <source>ECDSA P-256</source>
        <translation>ECDSA P-256</translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation>RSA 3072</translation>
    </message>
    <message>
        <source>RSA 4096</source>
        <translation>RSA 4096</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Remember the passphrase in the keychain</source>
        <translation>Passphrase im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Add to the agent for</source>
        <translation>Zum Agenten hinzufügen für</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes in the agent</source>
        <translation>Minuten im Agenten</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>No passphrase: anyone who gets a copy of the file can use the key.</source>
        <translation>Keine Passphrase: Jeder, der eine Kopie der Datei erhält, kann den Schlüssel verwenden.</translation>
    </message>
    <message>
        <source>Weak: use at least 12 characters, or a few unrelated words.</source>
        <translation>Schwach: Verwenden Sie mindestens 12 Zeichen oder einige Wörter ohne Zusammenhang.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Gut.</translation>
    </message>
    <message>
        <source>Fair: longer is better; a few unrelated words are easy to type and hard to guess.</source>
        <translation>Ausreichend: Länger ist besser; einige Wörter ohne Zusammenhang sind leicht zu tippen und schwer zu erraten.</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Die Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>keyport::GenerateKeyJob</name>
    <message>
        <source>There is no passphrase to remember; nothing was written.</source>
        <translation>Es gibt keine Passphrase zum Merken; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Generating %1…</source>
        <translation>%1 wird erzeugt…</translation>
    </message>
    <message>
        <source>Created %1, but its passphrase was not stored: %2</source>
        <translation>%1 wurde erzeugt, aber seine Passphrase wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Created %1, but it was not added to the agent: %2</source>
        <translation>%1 wurde erzeugt, aber nicht zum Agenten hinzugefügt: %2</translation>
    </message>
</context>
<context>
    <name>keyport::HostKeyDialog</name>
    <message>
        <source>Trust %1?</source>
        <translation>%1 vertrauen?</translation>
    </message>
    <message>
        <source>New host key</source>
        <translation>Neuer Host-Key</translation>
    </message>
    <message>
        <source>&lt;h3&gt;First connection to %1&lt;/h3&gt;&lt;p&gt;Keyport has not seen this server before. It offered this host key:&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Erste Verbindung zu %1&lt;/h3&gt;&lt;p&gt;Keyport kennt diesen Server noch nicht. Er hat diesen Host-Key angeboten:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>If whoever runs the workspace published its fingerprint, compare it now. Trusting pins this key: Keyport and ssh will refuse a different one later.</source>
        <translation>Falls die für den Arbeitsbereich verantwortliche Person seinen Fingerabdruck veröffentlicht hat, vergleichen Sie ihn jetzt. Wenn Sie vertrauen, wird dieser Schlüssel fest hinterlegt: Keyport und ssh lehnen später einen anderen ab.</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation>Vertrauen und verbinden</translation>
    </message>
    <message>
        <source>The host key of %1 changed</source>
        <translation>Der Host-Key von %1 hat sich geändert</translation>
    </message>
    <message>
        <source>Host key changed</source>
        <translation>Host-Key geändert</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyport did not connect to %1&lt;/h3&gt;&lt;p&gt;The server offered a different host key from the one pinned when you first connected. Either the workspace was rebuilt or moved and got a new key, or something between you and it is pretending to be it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keyport hat keine Verbindung zu %1 hergestellt&lt;/h3&gt;&lt;p&gt;Der Server hat einen anderen Host-Key angeboten als den, der bei Ihrer ersten Verbindung hinterlegt wurde. Entweder wurde der Arbeitsbereich neu aufgesetzt oder verschoben und hat einen neuen Schlüssel erhalten, oder etwas zwischen Ihnen und dem Arbeitsbereich gibt sich als dieser aus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>&lt;p&gt;Offered now: &lt;tt&gt;%1 %2&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jetzt angeboten: &lt;tt&gt;%1 %2&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Offered fingerprint</source>
        <translation>Angebotener Fingerabdruck</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What to check:&lt;/b&gt; ask whoever runs the workspace whether it was rebuilt and what its new fingerprint is. Only when it matches, replace the pin with &lt;tt&gt;keyport-cli trust %1 --replace&lt;/tt&gt;. Until then, do not type passwords or copy secrets to it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Was zu prüfen ist:&lt;/b&gt; Fragen Sie die für den Arbeitsbereich verantwortliche Person, ob er neu aufgesetzt wurde und wie sein neuer Fingerabdruck lautet. Nur wenn dieser übereinstimmt, ersetzen Sie den hinterlegten Schlüssel mit &lt;tt&gt;keyport-cli trust %1 --replace&lt;/tt&gt;. Geben Sie bis dahin dort keine Passwörter ein und kopieren Sie keine Geheimnisse dorthin.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>Was zu prüfen ist</translation>
    </message>
</context>
<context>
    <name>keyport::HttpApi</name>
    <message>
        <source>No token is stored for this source: add the source again with its token.</source>
        <translation>Für diese Quelle ist kein Token gespeichert: Fügen Sie die Quelle mit ihrem Token erneut hinzu.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MiB; refusing it.</source>
        <translation>Die Antwort des Servers ist größer als %1 MiB; sie wird abgelehnt.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 s.</source>
        <translation>Der Server hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 could not be verified: check the URL; for a test server you trust, add the source with --insecure.</source>
        <translation>Das TLS-Zertifikat von %1 konnte nicht überprüft werden: Prüfen Sie die URL; für einen Testserver, dem Sie vertrauen, fügen Sie die Quelle mit --insecure hinzu.</translation>
    </message>
    <message>
        <source>Cannot reach %1.</source>
        <translation>%1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server refused the token (401): it expired or was revoked. Create a new token and add the source again.</source>
        <translation>Der Server hat das Token abgelehnt (401): Es ist abgelaufen oder wurde widerrufen. Erstellen Sie ein neues Token und fügen Sie die Quelle erneut hinzu.</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Der Server antwortete mit %1.</translation>
    </message>
    <message numerus="yes">
        <source>try again in %n second(s)</source>
        <translation>
            <numerusform>versuchen Sie es in %n Sekunde erneut</numerusform>
            <numerusform>versuchen Sie es in %n Sekunden erneut</numerusform>
        </translation>
    </message>
    <message>
        <source>try again in a minute</source>
        <translation>versuchen Sie es in einer Minute erneut</translation>
    </message>
</context>
<context>
    <name>keyport::IdentitiesPage</name>
    <message>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <source>Add identity…</source>
        <translation>Identität hinzufügen…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Admits</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>No identities yet. Add one to tell Keyport which key a project or a tag needs; `keyport-cli identities explain WORKSPACE` shows which key a workspace offers and why.</source>
        <translation>Noch keine Identitäten. Fügen Sie eine hinzu, um Keyport mitzuteilen, welchen Schlüssel ein Projekt oder ein Tag braucht; `keyport-cli identities explain WORKSPACE` zeigt, welchen Schlüssel ein Arbeitsbereich anbietet und warum.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>every source</source>
        <translation>jede Quelle</translation>
    </message>
    <message>
        <source>Add identity</source>
        <translation>Identität hinzufügen</translation>
    </message>
    <message>
        <source>laptop key</source>
        <translation>Arbeitslaptop</translation>
    </message>
    <message>
        <source>Reading ~/.ssh…</source>
        <translation>~/.ssh wird gelesen…</translation>
    </message>
    <message>
        <source>No keys in ~/.ssh: generate one first</source>
        <translation>Keine Schlüssel in ~/.ssh: Erzeugen Sie zuerst einen</translation>
    </message>
    <message>
        <source>Every source (Keyport&apos;s own)</source>
        <translation>Jede Quelle (von Keyport verwaltet)</translation>
    </message>
    <message>
        <source>%1 (kept by %2)</source>
        <translation>%1 (verwaltet von %2)</translation>
    </message>
    <message>
        <source>any project; or shop, ml-lab</source>
        <translation>beliebiges Projekt; oder shop, ml-lab</translation>
    </message>
    <message>
        <source>any tags; or gpu, prod</source>
        <translation>beliebige Tags; oder gpu, prod</translation>
    </message>
    <message>
        <source>Match all tags (otherwise any of them)</source>
        <translation>Alle Tags müssen passen (sonst genügt eines)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Projects:</source>
        <translation>Projekte:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Added identity %1.</source>
        <translation>Identität %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Remove identity?</source>
        <translation>Identität entfernen?</translation>
    </message>
    <message>
        <source>Remove identity %1? Its key stays in ~/.ssh.</source>
        <translation>Identität %1 entfernen? Ihr Schlüssel bleibt in ~/.ssh.</translation>
    </message>
    <message>
        <source>Remove the SSH identity %1 from %2? Its keys can no longer log in to %2&apos;s services.</source>
        <translation>Die SSH-Identität %1 aus %2 entfernen? Ihre Schlüssel können sich dann nicht mehr bei den Diensten von %2 anmelden.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removed identity %1.</source>
        <translation>Identität %1 entfernt.</translation>
    </message>
    <message>
        <source>An identity says which key goes where. For Northflank it is the team&apos;s SSH identity (kept by Northflank, with its project and tag rules): a service it admits logs in with your key in it. For every other source it is Keyport&apos;s own: a workspace it admits offers only that key, so an agent full of keys never meets &quot;Too many authentication failures&quot;.</source>
        <translation>Eine Identität legt fest, welcher Schlüssel wohin gehört. Bei Northflank ist es die SSH-Identität des Teams (von Northflank verwaltet, mit ihren Regeln für Projekte und Tags): Ein Dienst, den sie zulässt, meldet sich mit Ihrem Schlüssel darin an. Bei jeder anderen Quelle ist es eine eigene Identität von Keyport: Ein Arbeitsbereich, den sie zulässt, bietet nur diesen Schlüssel an, sodass ein Agent voller Schlüssel nie auf „Too many authentication failures“ stößt.</translation>
    </message>
</context>
<context>
    <name>keyport::Job</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>A part of this task ended without finishing.</source>
        <translation>Ein Teil dieser Aufgabe endete, ohne fertig zu werden.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>keyport::JupyterHubSource</name>
    <message>
        <source>This token belongs to hub user &quot;%1&quot;, not %2.</source>
        <translation>Dieses Token gehört dem Hub-Benutzer „%1“, nicht %2.</translation>
    </message>
    <message>
        <source>JupyterHub will not start %1: %2</source>
        <translation>JupyterHub startet %1 nicht: %2</translation>
    </message>
    <message>
        <source>JupyterHub could not start %1: %2</source>
        <translation>JupyterHub konnte %1 nicht starten: %2</translation>
    </message>
    <message>
        <source>JupyterHub is still stopping the server; check again later.</source>
        <translation>JupyterHub stoppt den Server noch; prüfen Sie es später erneut.</translation>
    </message>
    <message>
        <source>JupyterHub will not stop %1: %2</source>
        <translation>JupyterHub stoppt %1 nicht: %2</translation>
    </message>
    <message>
        <source>In a terminal of your hub server, run: %1</source>
        <translation>Führen Sie in einem Terminal Ihres Hub-Servers aus: %1</translation>
    </message>
    <message>
        <source>No server of %1 is running, so Keyport cannot write your key. Start one (keyport-cli workspaces start %2.default) and try again. %3</source>
        <translation>Es läuft kein Server von %1, daher kann Keyport Ihren Schlüssel nicht schreiben. Starten Sie einen (keyport-cli workspaces start %2.default) und versuchen Sie es erneut. %3</translation>
    </message>
    <message>
        <source>The hub&apos;s server refuses to write ~/.ssh (hidden files are not allowed there). %1</source>
        <translation>Der Server des Hubs verweigert das Schreiben nach ~/.ssh (versteckte Dateien sind dort nicht erlaubt). %1</translation>
    </message>
    <message>
        <source>JupyterHub %1 (user %2)</source>
        <translation>JupyterHub %1 (Benutzer %2)</translation>
    </message>
    <message>
        <source>JupyterHub&apos;s answer about the user is not JSON; is this a JupyterHub?</source>
        <translation>Die Antwort von JupyterHub zum Benutzer ist kein JSON; ist das ein JupyterHub?</translation>
    </message>
    <message>
        <source>The hub&apos;s server sent ~/.ssh/authorized_keys in a form Keyport does not read; it was left as it is.</source>
        <translation>Der Server des Hubs hat ~/.ssh/authorized_keys in einer Form geschickt, die Keyport nicht liest; die Datei wurde gelassen, wie sie ist.</translation>
    </message>
    <message>
        <source>JupyterHub sent a progress event that is not a JSON object.</source>
        <translation>JupyterHub hat ein Fortschrittsereignis geschickt, das kein JSON-Objekt ist.</translation>
    </message>
    <message>
        <source>No server of %1 is running, so Keyport cannot read ~/.ssh/authorized_keys. Start one (keyport-cli workspaces start %2.default) and try again.</source>
        <translation>Es läuft kein Server von %1, daher kann Keyport ~/.ssh/authorized_keys nicht lesen. Starten Sie einen (keyport-cli workspaces start %2.default) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The hub&apos;s server does not show ~/.ssh (hidden files are not allowed there). In a terminal of your hub server, `ssh-keygen -lf ~/.ssh/authorized_keys` lists the keys.</source>
        <translation>Der Server des Hubs zeigt ~/.ssh nicht an (versteckte Dateien sind dort nicht erlaubt). In einem Terminal Ihres Hub-Servers listet `ssh-keygen -lf ~/.ssh/authorized_keys` die Schlüssel auf.</translation>
    </message>
    <message>
        <source>The hub&apos;s server does not show ~/.ssh (hidden files are not allowed there). In a terminal of your hub server, remove the key&apos;s line from ~/.ssh/authorized_keys (`ssh-keygen -lf ~/.ssh/authorized_keys` shows which it is).</source>
        <translation>Der Server des Hubs zeigt ~/.ssh nicht an (versteckte Dateien sind dort nicht erlaubt). Entfernen Sie in einem Terminal Ihres Hub-Servers die Zeile des Schlüssels aus ~/.ssh/authorized_keys (`ssh-keygen -lf ~/.ssh/authorized_keys` zeigt, welche es ist).</translation>
    </message>
</context>
<context>
    <name>keyport::KeyStore</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid key name or path.</source>
        <translation>„%1“ ist kein gültiger Schlüsselname oder Pfad.</translation>
    </message>
    <message>
        <source>No key file at %1.</source>
        <translation>Keine Schlüsseldatei unter %1.</translation>
    </message>
    <message>
        <source>No key named &quot;%1&quot; in %2; `keyport-cli keys list` shows the keys.</source>
        <translation>Kein Schlüssel namens „%1“ in %2; `keyport-cli keys list` zeigt die Schlüssel an.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>The key name &quot;%1&quot; contains control characters.</source>
        <translation>Der Schlüsselname „%1“ enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>The key name must not contain &quot;..&quot;.</source>
        <translation>Der Schlüsselname darf kein „..“ enthalten.</translation>
    </message>
    <message>
        <source>New keys are created in %1; &quot;%2&quot; points elsewhere.</source>
        <translation>Neue Schlüssel werden in %1 erstellt; „%2“ verweist auf einen anderen Ort.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name (Keyport never overwrites key files).</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen (Keyport überschreibt niemals Schlüsseldateien).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid public key.</source>
        <translation>%1 ist kein gültiger öffentlicher Schlüssel.</translation>
    </message>
    <message>
        <source>%1 does not belong to this private key.</source>
        <translation>%1 gehört nicht zu diesem privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The certificate is for a different key.</source>
        <translation>Das Zertifikat gehört zu einem anderen Schlüssel.</translation>
    </message>
    <message>
        <source>The comment must not contain control characters.</source>
        <translation>Der Kommentar darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>%1 is already in %2.</source>
        <translation>%1 ist bereits in %2.</translation>
    </message>
    <message>
        <source>%1 is not a key file; nothing was deleted.</source>
        <translation>%1 ist keine Schlüsseldatei; es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation>%1 kann nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>keyport::KeyportUrl</name>
    <message>
        <source>Not a Keyport link: %1</source>
        <translation>Kein Keyport-Link: %1</translation>
    </message>
    <message>
        <source>links start with keyport://</source>
        <translation>Links beginnen mit keyport://</translation>
    </message>
    <message>
        <source>the action must be connect, open or proxy</source>
        <translation>die Aktion muss connect, open oder proxy sein</translation>
    </message>
    <message>
        <source>expected keyport://%1/&lt;source&gt;/&lt;workspace&gt;</source>
        <translation>erwartet: keyport://%1/&lt;source&gt;/&lt;workspace&gt;</translation>
    </message>
    <message>
        <source>the source or workspace name is not valid</source>
        <translation>der Name der Quelle oder des Arbeitsbereichs ist ungültig</translation>
    </message>
    <message>
        <source>unknown editor &quot;%1&quot;</source>
        <translation>unbekannter Editor „%1“</translation>
    </message>
    <message>
        <source>the path is not valid</source>
        <translation>der Pfad ist ungültig</translation>
    </message>
</context>
<context>
    <name>keyport::KeysPage</name>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Generate…</source>
        <translation>Erzeugen…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>SSH keys</source>
        <translation>SSH-Schlüssel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Copy public key</source>
        <translation>Öffentlichen Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Register with…</source>
        <translation>Registrieren bei…</translation>
    </message>
    <message>
        <source>Add to agent</source>
        <translation>Zum Agenten hinzufügen</translation>
    </message>
    <message>
        <source>Add for the configured lifetime</source>
        <translation>Für die eingestellte Lebensdauer hinzufügen</translation>
    </message>
    <message>
        <source>Add, confirm each use</source>
        <translation>Hinzufügen, jede Verwendung bestätigen</translation>
    </message>
    <message>
        <source>Remove from agent</source>
        <translation>Aus dem Agenten entfernen</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Passphrase ändern…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Looking for keys…</source>
        <translation>Schlüssel werden gesucht…</translation>
    </message>
    <message>
        <source>no agent (SSH_AUTH_SOCK is not set)</source>
        <translation>kein Agent (SSH_AUTH_SOCK ist nicht gesetzt)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>unknown until unlocked</source>
        <translation>unbekannt bis zum Entsperren</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nicht nötig</translation>
    </message>
    <message>
        <source>no agent</source>
        <translation>kein Agent</translation>
    </message>
    <message>
        <source>yes, %1 left</source>
        <translation>ja, noch %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>No keys in %1 yet: generate one or import one.</source>
        <translation>Noch keine Schlüssel in %1: Erzeugen oder importieren Sie einen.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) in %1</source>
        <translation>
            <numerusform>%n Schlüssel in %1</numerusform>
            <numerusform>%n Schlüssel in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>agent: %1</source>
        <translation>Agent: %1</translation>
    </message>
    <message>
        <source>Created %1 (%2).</source>
        <translation>%1 erstellt (%2).</translation>
    </message>
    <message>
        <source>Import a private key</source>
        <translation>Privaten Schlüssel importieren</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <source>The public key of %1 is unknown until it is unlocked (no .pub file).</source>
        <translation>Der öffentliche Schlüssel von %1 ist bis zum Entsperren unbekannt (keine .pub-Datei).</translation>
    </message>
    <message>
        <source>Copied the public key of %1.</source>
        <translation>Öffentlicher Schlüssel von %1 kopiert.</translation>
    </message>
    <message numerus="yes">
        <source>Added to the agent for %n minute(s).</source>
        <translation>
            <numerusform>Für %n Minute zum Agenten hinzugefügt.</numerusform>
            <numerusform>Für %n Minuten zum Agenten hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added to the agent until you remove it.</source>
        <translation>Zum Agenten hinzugefügt, bis Sie ihn entfernen.</translation>
    </message>
    <message>
        <source>Removed %1 from the agent.</source>
        <translation>%1 aus dem Agenten entfernt.</translation>
    </message>
    <message>
        <source>Change the passphrase of %1</source>
        <translation>Passphrase von %1 ändern</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Aktuelle Passphrase:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Neue Passphrase:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Die Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Changed the passphrase of %1.</source>
        <translation>Passphrase von %1 geändert.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>Delete %1, its public key and certificate from %2? Servers that only know this key will stop letting you in. This cannot be undone.</source>
        <translation>%1 samt öffentlichem Schlüssel und Zertifikat aus %2 löschen? Server, die nur diesen Schlüssel kennen, lassen Sie dann nicht mehr herein. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Registered %1 with %2.</source>
        <translation>%1 bei %2 registriert.</translation>
    </message>
    <message>
        <source>No source takes keys yet: add a knot or JupyterHub source</source>
        <translation>Noch nimmt keine Quelle Schlüssel an: Fügen Sie eine knot- oder JupyterHub-Quelle hinzu</translation>
    </message>
    <message>
        <source>Its passphrase could not be removed from the keychain: %1</source>
        <translation>Seine Passphrase konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>Registered with</source>
        <translation>Registriert bei</translation>
    </message>
    <message>
        <source>Remove from source…</source>
        <translation>Aus Quelle entfernen…</translation>
    </message>
    <message>
        <source>No source Keyport can ask knows this key</source>
        <translation>Keine Quelle, die Keyport fragen kann, kennt diesen Schlüssel</translation>
    </message>
    <message>
        <source>%1 could not say: %2</source>
        <translation>%1 konnte es nicht sagen: %2</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, seit %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation>%1 aus %2 entfernen?</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the keys %3 knows? Its workspaces stop letting you in with this key; the key itself stays in %4.</source>
        <translation>%1 (%2) aus den Schlüsseln entfernen, die %3 kennt? Dessen Arbeitsbereiche lassen Sie mit diesem Schlüssel nicht mehr ein; der Schlüssel selbst bleibt in %4.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation>%1 wurde aus %2 entfernt.</translation>
    </message>
</context>
<context>
    <name>keyport::KnotImportJob</name>
    <message>
        <source>%1 has no [client.connection.*] entries.</source>
        <translation>%1 enthält keine [client.connection.*]-Einträge.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
</context>
<context>
    <name>keyport::KnotSource</name>
    <message>
        <source>knot&apos;s whoami answer has no user_id; is this a knot server?</source>
        <translation>Die whoami-Antwort von knot enthält keine user_id; ist das ein knot-Server?</translation>
    </message>
    <message>
        <source>knot sent a space list that is not JSON.</source>
        <translation>knot hat eine Space-Liste gesendet, die kein JSON ist.</translation>
    </message>
    <message>
        <source>knot keeps at most 16 KiB of keys per user; remove an old key in knot first.</source>
        <translation>knot speichert höchstens 16 KiB an Schlüsseln pro Benutzer; entfernen Sie zuerst einen alten Schlüssel in knot.</translation>
    </message>
    <message>
        <source>knot server %1</source>
        <translation>knot-Server %1</translation>
    </message>
    <message>
        <source>knot did not send your current SSH keys, so Keyport cannot add one without removing the others; add it in knot&apos;s web interface.</source>
        <translation>knot hat Ihre aktuellen SSH-Schlüssel nicht geschickt, daher kann Keyport keinen hinzufügen, ohne die anderen zu entfernen; fügen Sie ihn in der Weboberfläche von knot hinzu.</translation>
    </message>
    <message>
        <source>knot did not send your SSH keys.</source>
        <translation>knot hat Ihre SSH-Schlüssel nicht gesendet.</translation>
    </message>
    <message>
        <source>knot did not send your current SSH keys, so Keyport cannot remove one without losing the others; remove it in knot&apos;s web interface.</source>
        <translation>knot hat Ihre aktuellen SSH-Schlüssel nicht gesendet, daher kann Keyport keinen entfernen, ohne die anderen zu verlieren; entfernen Sie ihn in der Weboberfläche von knot.</translation>
    </message>
</context>
<context>
    <name>keyport::KnownHosts</name>
    <message>
        <source>No host key is pinned for %1 yet.</source>
        <translation>Für %1 ist noch kein Host-Key hinterlegt.</translation>
    </message>
    <message>
        <source>The host key of %1 has changed: expected %2 %3, but the server offered %4 %5. The pin is in %6. This can mean the workspace was rebuilt, or that someone is intercepting the connection; check with its owner before running `keyport-cli trust %1 --replace`.</source>
        <translation>Der Host-Key von %1 hat sich geändert: Erwartet wurde %2 %3, aber der Server hat %4 %5 angeboten. Der hinterlegte Schlüssel steht in %6. Das kann bedeuten, dass der Arbeitsbereich neu aufgesetzt wurde oder dass jemand die Verbindung abfängt; klären Sie das mit der verantwortlichen Person, bevor Sie `keyport-cli trust %1 --replace` ausführen.</translation>
    </message>
    <message>
        <source>it contains a NUL byte</source>
        <translation>sie enthält ein NUL-Byte</translation>
    </message>
    <message>
        <source>it is not valid UTF-8 text</source>
        <translation>sie ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>unknown marker %1</source>
        <translation>unbekannte Markierung %1</translation>
    </message>
    <message>
        <source>expected &quot;alias key-type base64&quot;</source>
        <translation>erwartet wurde „Alias Schlüsseltyp Base64“</translation>
    </message>
    <message>
        <source>Keyport keeps its pinned host keys there and will not connect to workspaces until it can read them.</source>
        <translation>Keyport bewahrt dort seine festgelegten Host-Keys auf und verbindet sich mit keinem Arbeitsbereich, bis es sie lesen kann.</translation>
    </message>
    <message>
        <source>Make it readable for your user (chmod u+r %1).</source>
        <translation>Machen Sie sie für Ihren Benutzer lesbar (chmod u+r %1).</translation>
    </message>
    <message>
        <source>Put the file of pins back, or move this out of the way (then every workspace&apos;s host key is confirmed again).</source>
        <translation>Legen Sie die Datei mit den festgelegten Schlüsseln zurück, oder räumen Sie dies aus dem Weg (dann wird der Host-Key jedes Arbeitsbereichs erneut bestätigt).</translation>
    </message>
    <message>
        <source>%1 line %2 cannot be read as a pinned host key (%3): fix or delete that line. %4</source>
        <translation>%1, Zeile %2, kann nicht als festgelegter Host-Key gelesen werden (%3): Beheben oder löschen Sie diese Zeile. %4</translation>
    </message>
    <message>
        <source>The host key of %1 was not pinned: %2</source>
        <translation>Der Host-Key von %1 wurde nicht festgelegt: %2</translation>
    </message>
    <message>
        <source>The pin of %1 was not removed: %2</source>
        <translation>Die Festlegung von %1 wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <source>The host key of %1 cannot be checked: %2</source>
        <translation>Der Host-Key von %1 kann nicht geprüft werden: %2</translation>
    </message>
</context>
<context>
    <name>keyport::LaunchJob</name>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 wird gesucht…</translation>
    </message>
    <message>
        <source>%1 comes from your own ssh config; ssh checks its host key in your known_hosts.</source>
        <translation>%1 stammt aus Ihrer eigenen ssh-Konfiguration; ssh prüft seinen Host-Key in Ihrer known_hosts.</translation>
    </message>
    <message>
        <source>%1 is stopped; start it with `keyport-cli workspaces start %1`.</source>
        <translation>%1 ist gestoppt; starten Sie es mit `keyport-cli workspaces start %1`.</translation>
    </message>
    <message>
        <source>The key %1 cannot be read: %2</source>
        <translation>Der Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Checking the agent…</source>
        <translation>Agent wird geprüft…</translation>
    </message>
    <message>
        <source>The key was not added to the agent (%1); ssh will ask for its passphrase.</source>
        <translation>Der Schlüssel wurde nicht zum Agenten hinzugefügt (%1); ssh wird nach seiner Passphrase fragen.</translation>
    </message>
    <message>
        <source>Editors find %1 only through ~/.ssh/config; nothing was changed.</source>
        <translation>Editoren finden %1 nur über ~/.ssh/config; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Added `%1` to %2 so editors find %3 (undo: keyport-cli ssh-config --remove).</source>
        <translation>`%1` wurde zu %2 hinzugefügt, damit Editoren %3 finden (rückgängig: keyport-cli ssh-config --remove).</translation>
    </message>
    <message>
        <source>Writing the ssh config…</source>
        <translation>ssh-Konfiguration wird geschrieben…</translation>
    </message>
    <message>
        <source>Opening the tunnel…</source>
        <translation>Tunnel wird geöffnet…</translation>
    </message>
    <message>
        <source>Keyport cannot open a tunnel to %1.</source>
        <translation>Keyport kann keinen Tunnel zu %1 öffnen.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Checking the host key…</source>
        <translation>Host-Key wird geprüft…</translation>
    </message>
    <message>
        <source>Cannot fetch the host key of %1: %2</source>
        <translation>Der Host-Key von %1 kann nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>Not trusted; nothing was changed.</source>
        <translation>Nicht als vertrauenswürdig bestätigt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Opening a terminal…</source>
        <translation>Terminal wird geöffnet…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>No proxy manager was given.</source>
        <translation>Es wurde kein Proxy-Verwalter übergeben.</translation>
    </message>
    <message>
        <source>%1 did not send the key of the entry host of %2, and none is pinned; Keyport does not connect without it. Refresh the workspaces, or ask its operators.</source>
        <translation>%1 hat den Schlüssel des Eingangshosts von %2 nicht gesendet, und es ist keiner hinterlegt; ohne ihn verbindet sich Keyport nicht. Aktualisieren Sie die Arbeitsbereiche oder fragen Sie die Betreiber der Quelle.</translation>
    </message>
    <message>
        <source>%1 sent a host key Keyport cannot read.</source>
        <translation>%1 hat einen Host-Key gesendet, den Keyport nicht lesen kann.</translation>
    </message>
    <message>
        <source>an editor</source>
        <translation>das Öffnen in einem Editor</translation>
    </message>
    <message>
        <source>files (SFTP)</source>
        <translation>der Dateizugriff (SFTP)</translation>
    </message>
    <message>
        <source>a proxy port for scp and rsync</source>
        <translation>ein Proxy-Port für scp und rsync</translation>
    </message>
    <message>
        <source>%1 is reached through an entry host that picks it by the command it runs, so it cannot serve %2. Connect opens its shell; `keyport-cli connect %1 -- CMD` runs a command there.</source>
        <translation>%1 wird über einen Eingangshost erreicht, der es anhand des ausgeführten Befehls auswählt; daher ist %2 dort nicht möglich. „Verbinden“ öffnet seine Shell; `keyport-cli connect %1 -- CMD` führt dort einen Befehl aus.</translation>
    </message>
    <message>
        <source>%1 The expected key came from %2 over its authenticated API; ask its operators whether the entry host&apos;s key was changed.</source>
        <translation>%1 Der erwartete Schlüssel stammt von %2 über dessen authentifizierte API; fragen Sie die Betreiber, ob der Schlüssel des Eingangshosts geändert wurde.</translation>
    </message>
</context>
<context>
    <name>keyport::ListAllJob</name>
    <message>
        <source>The source %1 was removed while it was being listed.</source>
        <translation>Die Quelle %1 wurde entfernt, während sie aufgelistet wurde.</translation>
    </message>
</context>
<context>
    <name>keyport::ListIdentitiesJob</name>
    <message>
        <source>There is no source %1 (keyport-cli sources list shows them).</source>
        <translation>Es gibt keine Quelle %1 (keyport-cli sources list zeigt sie an).</translation>
    </message>
</context>
<context>
    <name>keyport::MainWindow</name>
    <message>
        <source>Keyport</source>
        <translation>Keyport</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Search workspaces</source>
        <translation>Arbeitsbereiche &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Keyport</source>
        <translation>Ü&amp;ber Keyport</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Launched %1</source>
        <translation>%1 gestartet</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyport %1&lt;/h3&gt;&lt;p&gt;Your remote development workspaces over SSH.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;libssh %3&lt;br&gt;OpenSSL %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keyport %1&lt;/h3&gt;&lt;p&gt;Ihre Arbeitsbereiche für die Remote-Entwicklung über SSH.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;libssh %3&lt;br&gt;OpenSSL %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Keyport</source>
        <translation>Über Keyport</translation>
    </message>
    <message>
        <source>Running proxies</source>
        <translation>Laufende Proxys</translation>
    </message>
    <message>
        <source>Stop %1 (%2)</source>
        <translation>%1 stoppen (%2)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Show or hide Keyport</source>
        <translation>Keyport ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <source>Keyport: %n proxy(ies) running</source>
        <translation>
            <numerusform>Keyport: %n Proxy läuft</numerusform>
            <numerusform>Keyport: %n Proxys laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyport is still running</source>
        <translation>Keyport läuft weiter</translation>
    </message>
    <message>
        <source>Your proxies keep running. Quit from the tray icon to stop them.</source>
        <translation>Ihre Proxys laufen weiter. Beenden Sie Keyport über das Symbol im Infobereich, um sie zu stoppen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
</context>
<context>
    <name>keyport::ManagedSshConfig</name>
    <message>
        <source>Workspace %1 has no port yet (never started); it was left out.</source>
        <translation>Arbeitsbereich %1 hat noch keinen Port (noch nie gestartet); er wurde ausgelassen.</translation>
    </message>
    <message>
        <source>%1 is a broken symbolic link.</source>
        <translation>%1 ist ein defekter symbolischer Link.</translation>
    </message>
    <message>
        <source>Cannot back up %1, so it was not changed: %2</source>
        <translation>Von %1 kann keine Sicherungskopie angelegt werden, daher wurde die Datei nicht geändert: %2</translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation>%1 kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>%1 could not be changed (%2). Add this line at its top yourself: %3</source>
        <translation>%1 konnte nicht geändert werden (%2). Fügen Sie diese Zeile selbst am Anfang der Datei ein: %3</translation>
    </message>
    <message>
        <source>The ssh config for Keyport&apos;s workspaces was not written: %1</source>
        <translation>Die ssh-Konfiguration für die Arbeitsbereiche von Keyport wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Workspace %1: the keyport-cli path &quot;%2&quot; cannot go into a Match exec line (quote or backslash).</source>
        <translation>Arbeitsbereich %1: Der keyport-cli-Pfad „%2“ kann nicht in eine Match-exec-Zeile übernommen werden (Anführungszeichen oder Backslash).</translation>
    </message>
</context>
<context>
    <name>keyport::NorthflankCliProxy</name>
    <message>
        <source>Keyport could not make a private folder for Northflank&apos;s CLI in %1.</source>
        <translation>Keyport konnte in %1 keinen privaten Ordner für die CLI von Northflank anlegen.</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>%1 konnte nicht angelegt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Northflank&apos;s CLI did not start an SSH proxy to %1 within %n second(s). %2</source>
        <translation>
            <numerusform>Die CLI von Northflank hat nicht innerhalb von %n Sekunde einen SSH-Proxy zu %1 gestartet. %2</numerusform>
            <numerusform>Die CLI von Northflank hat nicht innerhalb von %n Sekunden einen SSH-Proxy zu %1 gestartet. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyport reaches Northflank services through Northflank&apos;s CLI, version 0.10 or later (the first with `northflank ssh`). Install or update it with `npm install -g @northflank/cli`, make sure `northflank` is on your PATH, and try again.</source>
        <translation>Keyport erreicht Northflank-Dienste über die CLI von Northflank ab Version 0.10 (der ersten mit `northflank ssh`). Installieren oder aktualisieren Sie sie mit `npm install -g @northflank/cli`, stellen Sie sicher, dass `northflank` im PATH liegt, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The Northflank CLI on your PATH is too old for SSH. %1</source>
        <translation>Die Northflank-CLI in Ihrem PATH ist zu alt für SSH. %1</translation>
    </message>
    <message>
        <source>Northflank&apos;s CLI ended without opening an SSH proxy to %1 and said nothing.</source>
        <translation>Die CLI von Northflank wurde beendet, ohne einen SSH-Proxy zu %1 zu öffnen, und hat nichts ausgegeben.</translation>
    </message>
    <message>
        <source>Northflank&apos;s CLI could not open an SSH proxy to %1: %2</source>
        <translation>Die CLI von Northflank konnte keinen SSH-Proxy zu %1 öffnen: %2</translation>
    </message>
    <message>
        <source>Northflank&apos;s CLI proxy to %1 ended.</source>
        <translation>Der CLI-Proxy von Northflank zu %1 wurde beendet.</translation>
    </message>
</context>
<context>
    <name>keyport::NorthflankImportJob</name>
    <message>
        <source>There is no Northflank CLI login at %1 (log in with `northflank login` first, or give the path).</source>
        <translation>Unter %1 gibt es keine Anmeldung der Northflank-CLI (melden Sie sich zuerst mit `northflank login` an oder geben Sie den Pfad an).</translation>
    </message>
    <message>
        <source>%1 is not taken over: it is not a regular file.</source>
        <translation>%1 wird nicht übernommen: es ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>%1 is not taken over: another user owns it.</source>
        <translation>%1 wird nicht übernommen: es gehört einem anderen Benutzer.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 is not a Northflank CLI login file (it is not JSON Keyport reads).</source>
        <translation>%1 ist keine Anmeldedatei der Northflank-CLI (sie enthält kein JSON, das Keyport lesen kann).</translation>
    </message>
    <message>
        <source>The current context &quot;%1&quot; of %2 holds no token (it was taken over already, or logged out): log in with `northflank login` again.</source>
        <translation>Der aktuelle Kontext „%1“ von %2 enthält kein Token (er wurde bereits übernommen oder abgemeldet): Melden Sie sich erneut mit `northflank login` an.</translation>
    </message>
    <message>
        <source>%1 has no current context to take over: log in with `northflank login` first.</source>
        <translation>%1 hat keinen aktuellen Kontext, der übernommen werden könnte: Melden Sie sich zuerst mit `northflank login` an.</translation>
    </message>
</context>
<context>
    <name>keyport::NorthflankSource</name>
    <message>
        <source>Northflank %1</source>
        <translation>Northflank %1</translation>
    </message>
    <message>
        <source>Northflank %1, team %2</source>
        <translation>Northflank %1, Team %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Northflank team id: letters and digits, words joined by single hyphens.</source>
        <translation>„%1“ ist keine Northflank-Team-ID: Buchstaben und Ziffern, Wörter durch einzelne Bindestriche verbunden.</translation>
    </message>
    <message>
        <source>Northflank does not accept the API token of %1 (401): it was revoked, expired or mistyped. Create one at https://app.northflank.com/s/account/api/tokens (or on your team&apos;s API tokens page) and give it to Keyport: Edit the source, or `keyport-cli sources remove %1` and add it again.</source>
        <translation>Northflank akzeptiert das API-Token von %1 nicht (401): Es wurde widerrufen, ist abgelaufen oder falsch eingegeben. Erstellen Sie eines unter https://app.northflank.com/s/account/api/tokens (oder auf der API-Token-Seite Ihres Teams) und geben Sie es Keyport: Bearbeiten Sie die Quelle, oder entfernen Sie sie mit `keyport-cli sources remove %1` und fügen Sie sie erneut hinzu.</translation>
    </message>
    <message>
        <source>Northflank does not let %1 %2 (403): the token&apos;s role does not allow it.</source>
        <translation>Northflank erlaubt %1 nicht, %2 (403): Die Rolle des Tokens lässt es nicht zu.</translation>
    </message>
    <message>
        <source>Northflank does not let %1 %2 (403): %3</source>
        <translation>Northflank erlaubt %1 nicht, %2 (403): %3</translation>
    </message>
    <message>
        <source>Northflank is limiting requests (429) while %1 tried to %2; %3.</source>
        <translation>Northflank begrenzt die Anfragen (429), während %1 versuchte, %2; %3.</translation>
    </message>
    <message>
        <source>Northflank could not %1 (%2): %3</source>
        <translation>Northflank konnte nicht %1 (%2): %3</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Konnte nicht %1: %2</translation>
    </message>
    <message>
        <source>Northflank sent a list Keyport does not read; is this its API?</source>
        <translation>Northflank hat eine Liste gesendet, die Keyport nicht lesen kann; ist das seine API?</translation>
    </message>
    <message numerus="yes">
        <source>Northflank kept sending more pages while Keyport tried to %1; it stopped after %n page(s).</source>
        <translation>
            <numerusform>Northflank schickte immer weitere Seiten, während Keyport versuchte, %1; nach %n Seite wurde abgebrochen.</numerusform>
            <numerusform>Northflank schickte immer weitere Seiten, während Keyport versuchte, %1; nach %n Seiten wurde abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>deploying</source>
        <translation>wird bereitgestellt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>not deployed</source>
        <translation>nicht bereitgestellt</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Diensttyp</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Service id</source>
        <translation>Dienst-ID</translation>
    </message>
    <message>
        <source>The Northflank id &quot;%1&quot; is not one Keyport can put in an ssh host alias, so %2 cannot be connected.</source>
        <translation>Die Northflank-ID „%1“ kann Keyport nicht in einen ssh-Host-Alias übernehmen, daher ist keine Verbindung zu %2 möglich.</translation>
    </message>
    <message>
        <source>list projects</source>
        <translation>Projekte aufzulisten</translation>
    </message>
    <message>
        <source>list the services of %1</source>
        <translation>die Dienste von %1 aufzulisten</translation>
    </message>
    <message>
        <source>Northflank listed more than %1 services.</source>
        <translation>Northflank hat mehr als %1 Dienste aufgelistet.</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>%1 zu lesen</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation>nicht geprüft: %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>not enabled</source>
        <translation>nicht aktiviert</translation>
    </message>
    <message>
        <source>%1 is paused in Northflank: resume it there (the service&apos;s page, Resume), then refresh.</source>
        <translation>%1 ist in Northflank pausiert: Setzen Sie den Dienst dort fort (Seite des Dienstes, Resume) und aktualisieren Sie dann.</translation>
    </message>
    <message>
        <source>SSH is not enabled on %1: enable it in Northflank (the service&apos;s SSH settings), restart the service, then refresh.</source>
        <translation>SSH ist für %1 nicht aktiviert: Aktivieren Sie es in Northflank (SSH-Einstellungen des Dienstes), starten Sie den Dienst neu und aktualisieren Sie dann.</translation>
    </message>
    <message>
        <source>list SSH identities</source>
        <translation>SSH-Identitäten aufzulisten</translation>
    </message>
    <message>
        <source>read the SSH identity %1</source>
        <translation>die SSH-Identität %1 zu lesen</translation>
    </message>
    <message>
        <source>%1 has an SSH identity named like &quot;%2&quot; already: remove it first (keyport-cli identities remove &quot;%2&quot; --source %1), or choose another name.</source>
        <translation>%1 hat bereits eine SSH-Identität mit einem Namen wie „%2“: Entfernen Sie sie zuerst (keyport-cli identities remove &quot;%2&quot; --source %1), oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>create the SSH identity %1</source>
        <translation>die SSH-Identität %1 anzulegen</translation>
    </message>
    <message>
        <source>%1 has no SSH identity &quot;%2&quot;.</source>
        <translation>%1 hat keine SSH-Identität „%2“.</translation>
    </message>
    <message>
        <source>remove the SSH identity %1</source>
        <translation>die SSH-Identität %1 zu entfernen</translation>
    </message>
    <message>
        <source>Northflank gives a service new host keys when it is redeployed or restarted (unless its image keeps its own): if %1 (service %2) was redeployed since its key was pinned, that is the likely cause. Check its deployment history in Northflank before you replace the pin.</source>
        <translation>Northflank gibt einem Dienst neue Host-Keys, wenn er neu bereitgestellt oder neu gestartet wird (sofern sein Image keine eigenen mitbringt): Wurde %1 (Dienst %2) neu bereitgestellt, seit sein Schlüssel hinterlegt wurde, ist das die wahrscheinliche Ursache. Prüfen Sie seinen Bereitstellungsverlauf in Northflank, bevor Sie den hinterlegten Schlüssel ersetzen.</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>keyport::NorthflankStream</name>
    <message>
        <source>The Northflank proxy went away.</source>
        <translation>Der Northflank-Proxy ist weggefallen.</translation>
    </message>
</context>
<context>
    <name>keyport::OpenSftpJob</name>
    <message>
        <source>Preparing %1…</source>
        <translation>%1 wird vorbereitet…</translation>
    </message>
    <message>
        <source>Opening the files of %1…</source>
        <translation>Die Dateien von %1 werden geöffnet…</translation>
    </message>
    <message>
        <source>Cannot open the files of %1: %2</source>
        <translation>Die Dateien von %1 lassen sich nicht öffnen: %2</translation>
    </message>
</context>
<context>
    <name>keyport::PartFileCommitter</name>
    <message>
        <source>Cannot write %1: %2. The part file stays; resume when there is room.</source>
        <translation>%1 lässt sich nicht schreiben: %2. Die Teildatei bleibt; setzen Sie fort, sobald Platz ist.</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2: %3. The complete file stays as %1.</source>
        <translation>%1 lässt sich nicht nach %2 verschieben: %3. Die vollständige Datei bleibt als %1.</translation>
    </message>
</context>
<context>
    <name>keyport::PowerJob</name>
    <message>
        <source>The source %1 is not configured any more.</source>
        <translation>Die Quelle %1 ist nicht mehr eingerichtet.</translation>
    </message>
    <message>
        <source>%1 is stopped, and Keyport cannot start workspaces of %2: start it there.</source>
        <translation>%1 ist gestoppt, und Keyport kann Arbeitsbereiche von %2 nicht starten: Starten Sie es dort.</translation>
    </message>
    <message>
        <source>Keyport cannot stop workspaces of %1.</source>
        <translation>Keyport kann Arbeitsbereiche von %1 nicht stoppen.</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>%1 wird gestartet…</translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation>%1 wird gestoppt…</translation>
    </message>
    <message>
        <source>%1 started, but is not listed any more: %2</source>
        <translation>%1 wurde gestartet, wird aber nicht mehr aufgeführt: %2</translation>
    </message>
</context>
<context>
    <name>keyport::PrivateKey</name>
    <message>
        <source>Cannot read the Ed25519 public key.</source>
        <translation>Der öffentliche Ed25519-Schlüssel kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Unsupported elliptic curve &quot;%1&quot;: SSH uses P-256, P-384 and P-521.</source>
        <translation>Nicht unterstützte elliptische Kurve „%1“: SSH verwendet P-256, P-384 und P-521.</translation>
    </message>
    <message>
        <source>Cannot read the RSA public key.</source>
        <translation>Der öffentliche RSA-Schlüssel kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>DSA keys are obsolete and no longer accepted by OpenSSH; generate an Ed25519 key instead.</source>
        <translation>DSA-Schlüssel sind veraltet und werden von OpenSSH nicht mehr akzeptiert; erzeugen Sie stattdessen einen Ed25519-Schlüssel.</translation>
    </message>
    <message>
        <source>Unsupported private key type.</source>
        <translation>Nicht unterstützter Typ des privaten Schlüssels.</translation>
    </message>
    <message>
        <source>RSA keys must have 3072 or 4096 bits.</source>
        <translation>RSA-Schlüssel müssen 3072 oder 4096 Bit lang sein.</translation>
    </message>
    <message>
        <source>Keyport generates Ed25519, ECDSA and RSA keys only.</source>
        <translation>Keyport erzeugt nur Ed25519-, ECDSA- und RSA-Schlüssel.</translation>
    </message>
    <message>
        <source>Key generation failed.</source>
        <translation>Die Schlüsselerzeugung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cannot load the Ed25519 key.</source>
        <translation>Der Ed25519-Schlüssel kann nicht geladen werden.</translation>
    </message>
    <message>
        <source>This key lives on a hardware security key (FIDO); use ssh-add to load it.</source>
        <translation>Dieser Schlüssel befindet sich auf einem Hardware-Sicherheitsschlüssel (FIDO); laden Sie ihn mit ssh-add.</translation>
    </message>
    <message>
        <source>The private key could not be loaded.</source>
        <translation>Der private Schlüssel konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>The PEM private key could not be read.</source>
        <translation>Der private PEM-Schlüssel konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>keyport::ProcessStream</name>
    <message>
        <source>%1 exited with status %2.</source>
        <translation>%1 wurde mit Status %2 beendet.</translation>
    </message>
    <message>
        <source>Cannot run %1.</source>
        <translation>%1 kann nicht ausgeführt werden.</translation>
    </message>
</context>
<context>
    <name>keyport::ProxiesPanel</name>
    <message>
        <source>Running proxies</source>
        <translation>Laufende Proxys</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop the proxy for %1</source>
        <translation>Proxy für %1 stoppen</translation>
    </message>
</context>
<context>
    <name>keyport::ProxyManager</name>
    <message>
        <source>The source %1 is not configured any more.</source>
        <translation>Die Quelle %1 ist nicht mehr eingerichtet.</translation>
    </message>
</context>
<context>
    <name>keyport::ProxyServer</name>
    <message>
        <source>The proxy listens on loopback addresses only.</source>
        <translation>Der Proxy lauscht nur auf Loopback-Adressen.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2.</source>
        <translation>Auf %1 Port %2 kann nicht gelauscht werden.</translation>
    </message>
</context>
<context>
    <name>keyport::PublicKey</name>
    <message>
        <source>Unsupported key type &quot;%1&quot;.</source>
        <translation>Nicht unterstützter Schlüsseltyp „%1“.</translation>
    </message>
</context>
<context>
    <name>keyport::RegisterKeyJob</name>
    <message>
        <source>There is no source named %1.</source>
        <translation>Es gibt keine Quelle namens %1.</translation>
    </message>
    <message>
        <source>The public key of %1 is unknown (no .pub file).</source>
        <translation>Der öffentliche Schlüssel von %1 ist unbekannt (keine .pub-Datei).</translation>
    </message>
    <message>
        <source>%1 does not take keys from Keyport: add the key there yourself.</source>
        <translation>%1 nimmt keine Schlüssel von Keyport an: Fügen Sie den Schlüssel dort selbst hinzu.</translation>
    </message>
    <message>
        <source>Registering %1 with %2…</source>
        <translation>%1 wird bei %2 registriert…</translation>
    </message>
    <message>
        <source>Registered %1 with %2, but could not make it the key of %2: %3</source>
        <translation>%1 wurde bei %2 registriert, konnte aber nicht zum Schlüssel von %2 werden: %3</translation>
    </message>
</context>
<context>
    <name>keyport::RememberPassphraseJob</name>
    <message>
        <source>%1 has no passphrase; there is nothing to remember.</source>
        <translation>%1 hat keine Passphrase; es gibt nichts zu merken.</translation>
    </message>
    <message>
        <source>%1 has no .pub file, so Keyport cannot name its keychain entry.</source>
        <translation>%1 hat keine .pub-Datei, daher kann Keyport seinen Schlüsselbund-Eintrag nicht benennen.</translation>
    </message>
    <message>
        <source>Wrong passphrase for %1; nothing was stored.</source>
        <translation>Falsche Passphrase für %1; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Checked the passphrase of %1, but it was not stored: %2</source>
        <translation>Die Passphrase von %1 wurde geprüft, aber nicht gespeichert: %2</translation>
    </message>
</context>
<context>
    <name>keyport::RemoteEdit</name>
    <message>
        <source>%1 cannot be a file name on this computer.</source>
        <translation>%1 kann auf diesem Computer kein Dateiname sein.</translation>
    </message>
    <message>
        <source>Cannot make a private folder for the local copy: %1</source>
        <translation>Für die lokale Kopie lässt sich kein privater Ordner anlegen: %1</translation>
    </message>
</context>
<context>
    <name>keyport::RemoveIdentityJob</name>
    <message>
        <source>There is no identity &quot;%1&quot;%2 (keyport-cli identities list shows them).</source>
        <translation>Es gibt keine Identität „%1“%2 (keyport-cli identities list zeigt sie an).</translation>
    </message>
    <message>
        <source> for source %1</source>
        <translation> für die Quelle %1</translation>
    </message>
</context>
<context>
    <name>keyport::RemoveSourceJob</name>
    <message>
        <source>%1 is a built-in source; it cannot be removed.</source>
        <translation>%1 ist eine eingebaute Quelle; sie kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>There is no source named %1.</source>
        <translation>Es gibt keine Quelle namens %1.</translation>
    </message>
</context>
<context>
    <name>keyport::Sandbox</name>
    <message>
        <source>The sandbox needs OpenSSH&apos;s server (sshd); install it (Debian/Ubuntu: openssh-server).</source>
        <translation>Die Sandbox benötigt den OpenSSH-Server (sshd); installieren Sie ihn (Debian/Ubuntu: openssh-server).</translation>
    </message>
    <message>
        <source>The public key of %1 is unknown (no .pub file).</source>
        <translation>Der öffentliche Schlüssel von %1 ist unbekannt (keine .pub-Datei).</translation>
    </message>
    <message>
        <source>The sandbox sshd did not start; see %1.</source>
        <translation>Der sshd der Sandbox ist nicht gestartet; siehe %1.</translation>
    </message>
    <message>
        <source>The sandbox sshd did not come up; see %1.</source>
        <translation>Der sshd der Sandbox ist nicht bereit geworden; siehe %1.</translation>
    </message>
    <message>
        <source>The sandbox sshd (pid %1) did not stop.</source>
        <translation>Der sshd der Sandbox (PID %1) hat sich nicht beendet.</translation>
    </message>
    <message>
        <source>The sandbox needs a key to authorize, and ~/.ssh has none. Generate one (keyport-cli keys generate id_ed25519), or let the sandbox make one for itself, kept in its own folder and not in ~/.ssh (keyport-cli sandbox start --own-key).</source>
        <translation>Die Sandbox braucht einen Schlüssel, den sie zulassen kann, und in ~/.ssh gibt es keinen. Erzeugen Sie einen (keyport-cli keys generate id_ed25519), oder lassen Sie die Sandbox einen eigenen erzeugen, der in ihrem eigenen Ordner und nicht in ~/.ssh liegt (keyport-cli sandbox start --own-key).</translation>
    </message>
</context>
<context>
    <name>keyport::SandboxSource</name>
    <message>
        <source>The local sandbox</source>
        <translation>Die lokale Sandbox</translation>
    </message>
</context>
<context>
    <name>keyport::SecretJob</name>
    <message>
        <source>No OS keychain is available (on Linux: a Secret Service such as gnome-keyring or KWallet). Keyport never stores secrets in plain text, so it will ask each time.</source>
        <translation>Kein Schlüsselbund des Betriebssystems verfügbar (unter Linux: ein Secret Service wie gnome-keyring oder KWallet). Keyport speichert Geheimnisse niemals im Klartext und fragt daher jedes Mal nach.</translation>
    </message>
    <message>
        <source>Access to the OS keychain was denied.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Betriebssystems wurde verweigert.</translation>
    </message>
    <message>
        <source>The OS keychain is not reachable; Keyport never stores secrets in plain text, so it will ask each time.</source>
        <translation>Der Schlüsselbund des Betriebssystems ist nicht erreichbar; Keyport speichert Geheimnisse niemals im Klartext und fragt daher jedes Mal nach.</translation>
    </message>
</context>
<context>
    <name>keyport::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Custom command…</source>
        <translation>Eigener Befehl…</translation>
    </message>
    <message>
        <source>&amp;Terminal:</source>
        <translation>&amp;Terminal:</translation>
    </message>
    <message>
        <source>Custom terminal command</source>
        <translation>Eigener Terminal-Befehl</translation>
    </message>
    <message>
        <source>No shell is involved: {command} becomes the ssh command&apos;s words, {title} and {alias} one word each.</source>
        <translation>Es ist keine Shell beteiligt: {command} wird zu den Wörtern des ssh-Befehls, {title} und {alias} zu je einem Wort.</translation>
    </message>
    <message>
        <source>Custom command:</source>
        <translation>Eigener Befehl:</translation>
    </message>
    <message>
        <source>Default editor</source>
        <translation>Standard-Editor</translation>
    </message>
    <message>
        <source>&amp;Editor for links:</source>
        <translation>&amp;Editor für Links:</translation>
    </message>
    <message>
        <source>Default key</source>
        <translation>Standardschlüssel</translation>
    </message>
    <message>
        <source>Default &amp;key:</source>
        <translation>Standard&amp;schlüssel:</translation>
    </message>
    <message>
        <source>Agent lifetime in minutes</source>
        <translation>Lebensdauer im Agenten in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>until removed</source>
        <translation>bis zum Entfernen</translation>
    </message>
    <message>
        <source>Keys stay in the &amp;agent for:</source>
        <translation>Schlüssel bleiben im &amp;Agenten für:</translation>
    </message>
    <message>
        <source>Add Keyport&apos;s hosts to ~/.ssh/config (one Include line)</source>
        <translation>Hosts von Keyport in ~/.ssh/config aufnehmen (eine Include-Zeile)</translation>
    </message>
    <message>
        <source>ssh config integration</source>
        <translation>Einbindung in die ssh-Konfiguration</translation>
    </message>
    <message>
        <source>Lets ssh, scp, rsync and editors use workspace names directly. You see the change before it is written.</source>
        <translation>Damit können ssh, scp, rsync und Editoren die Namen der Arbeitsbereiche direkt verwenden. Sie sehen die Änderung, bevor sie geschrieben wird.</translation>
    </message>
    <message>
        <source>ssh config:</source>
        <translation>ssh-Konfiguration:</translation>
    </message>
    <message>
        <source>Forward my agent when connecting</source>
        <translation>Meinen Agenten beim Verbinden weiterleiten</translation>
    </message>
    <message>
        <source>Agent forwarding by default</source>
        <translation>Agent-Weiterleitung standardmäßig</translation>
    </message>
    <message>
        <source>Agent forwarding:</source>
        <translation>Agent-Weiterleitung:</translation>
    </message>
    <message>
        <source>Off by default: anyone with root on a workspace can use a forwarded agent to log in wherever your keys work, for as long as you are connected.</source>
        <translation>Standardmäßig aus: Jeder mit Root-Rechten in einem Arbeitsbereich kann einen weitergeleiteten Agenten nutzen, um sich überall anzumelden, wo Ihre Schlüssel gelten – solange Sie verbunden sind.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>Keep proxies running in the tray when the window is closed</source>
        <translation>Proxys beim Schließen des Fensters im Infobereich weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Keep proxies running</source>
        <translation>Proxys weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Closing:</source>
        <translation>Beim Schließen:</translation>
    </message>
    <message>
        <source>The language changes the next time Keyport starts.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Keyport.</translation>
    </message>
    <message>
        <source>Found at %1</source>
        <translation>Gefunden unter %1</translation>
    </message>
    <message>
        <source>(none: ssh&apos;s defaults)</source>
        <translation>(keiner: Standardwerte von ssh)</translation>
    </message>
    <message>
        <source>Change your ssh config?</source>
        <translation>Ihre ssh-Konfiguration ändern?</translation>
    </message>
    <message>
        <source>Keyport will add this line at the top of %1 and write its hosts to %2. Everything else stays as it is; a backup is kept.

%3</source>
        <translation>Keyport fügt diese Zeile am Anfang von %1 ein und schreibt seine Hosts nach %2. Alles andere bleibt unverändert; eine Sicherungskopie wird aufbewahrt.

%3</translation>
    </message>
    <message>
        <source>Keyport will remove its Include line from %1 and delete %2.</source>
        <translation>Keyport entfernt seine Include-Zeile aus %1 und löscht %2.</translation>
    </message>
    <message>
        <source>ssh, scp, rsync and editors now know your workspaces by name.</source>
        <translation>ssh, scp, rsync und Editoren kennen Ihre Arbeitsbereiche jetzt beim Namen.</translation>
    </message>
    <message>
        <source>Removed Keyport&apos;s Include line.</source>
        <translation>Include-Zeile von Keyport entfernt.</translation>
    </message>
    <message>
        <source>Ask before the agent uses a key Keyport added (confirm each use)</source>
        <translation>Fragen, bevor der Agent einen von Keyport hinzugefügten Schlüssel benutzt (jede Verwendung bestätigen)</translation>
    </message>
    <message>
        <source>Confirm each use of a key</source>
        <translation>Jede Verwendung eines Schlüssels bestätigen</translation>
    </message>
    <message>
        <source>ssh-agent then asks on screen (ssh-askpass) every time a key signs in; some agents, such as gnome-keyring&apos;s, refuse such keys.</source>
        <translation>ssh-agent fragt dann auf dem Bildschirm (ssh-askpass) bei jeder Anmeldung mit dem Schlüssel; manche Agenten, etwa der von gnome-keyring, lehnen solche Schlüssel ab.</translation>
    </message>
    <message>
        <source>Transfers at once</source>
        <translation>Gleichzeitige Übertragungen</translation>
    </message>
    <message>
        <source>How many copies of one Files window run at the same time; the others wait. Each copy already moves many files at once.</source>
        <translation>Wie viele Kopiervorgänge eines Dateien-Fensters gleichzeitig laufen; die übrigen warten. Jeder Kopiervorgang überträgt bereits viele Dateien auf einmal.</translation>
    </message>
    <message>
        <source>&amp;Transfers at once:</source>
        <translation>&amp;Gleichzeitige Übertragungen:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Darstellung:</translation>
    </message>
</context>
<context>
    <name>keyport::SftpClient</name>
    <message>
        <source>The SFTP session has ended.</source>
        <translation>Die SFTP-Sitzung ist beendet.</translation>
    </message>
    <message>
        <source>The workspace&apos;s SFTP server sent a message Keyport cannot read.</source>
        <translation>Der SFTP-Server des Arbeitsbereichs hat eine Nachricht gesendet, die Keyport nicht lesen kann.</translation>
    </message>
    <message>
        <source>The workspace&apos;s SFTP server does not speak SFTP version 3 (OpenSSH&apos;s).</source>
        <translation>Der SFTP-Server des Arbeitsbereichs spricht nicht SFTP Version 3 (die von OpenSSH).</translation>
    </message>
    <message>
        <source>The SFTP session ended: the connection to the workspace closed.</source>
        <translation>Die SFTP-Sitzung ist beendet: die Verbindung zum Arbeitsbereich wurde geschlossen.</translation>
    </message>
    <message>
        <source>The connection to the workspace was lost (%1).</source>
        <translation>Die Verbindung zum Arbeitsbereich ist abgebrochen (%1).</translation>
    </message>
    <message>
        <source>%1 %2 on the workspace: %3.</source>
        <translation>%1 – %2 auf dem Arbeitsbereich: %3.</translation>
    </message>
    <message>
        <source>%1: the workspace&apos;s SFTP server gave an answer that does not fit.</source>
        <translation>%1: der SFTP-Server des Arbeitsbereichs gab eine unpassende Antwort.</translation>
    </message>
    <message>
        <source>Cannot resolve</source>
        <translation>Nicht auflösbar</translation>
    </message>
    <message>
        <source>Cannot look at</source>
        <translation>Nicht einsehbar</translation>
    </message>
    <message>
        <source>Cannot list</source>
        <translation>Nicht auflistbar</translation>
    </message>
    <message>
        <source>Cannot create the folder</source>
        <translation>Ordner nicht anlegbar</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Nicht löschbar</translation>
    </message>
    <message>
        <source>Cannot rename to</source>
        <translation>Umbenennen nicht möglich in</translation>
    </message>
    <message>
        <source>Cannot set the attributes of</source>
        <translation>Attribute nicht setzbar für</translation>
    </message>
    <message>
        <source>its host key is not the pinned one, or not pinned yet. Connect once to see and trust it.</source>
        <translation>sein Host-Key ist nicht der hinterlegte oder noch nicht hinterlegt. Verbinden Sie sich einmal, um ihn zu sehen und ihm zu vertrauen.</translation>
    </message>
    <message>
        <source>its SSH server offers no SFTP (no `Subsystem sftp`).</source>
        <translation>sein SSH-Server bietet kein SFTP an (kein `Subsystem sftp`).</translation>
    </message>
    <message>
        <source>Cannot read the link</source>
        <translation>Link nicht lesbar</translation>
    </message>
    <message>
        <source>The workspace&apos;s SFTP server does not look up user names.</source>
        <translation>Der SFTP-Server des Arbeitsbereichs löst keine Benutzernamen auf.</translation>
    </message>
    <message>
        <source>Too many user ids to look up at once.</source>
        <translation>Zu viele Benutzer-IDs auf einmal zum Auflösen.</translation>
    </message>
    <message>
        <source>Cannot look up user names</source>
        <translation>Benutzernamen nicht auflösbar</translation>
    </message>
    <message>
        <source>The workspace&apos;s SFTP server sent user names Keyport cannot read.</source>
        <translation>Der SFTP-Server des Arbeitsbereichs hat Benutzernamen gesendet, die Keyport nicht lesen kann.</translation>
    </message>
</context>
<context>
    <name>keyport::SftpCopyJob</name>
    <message>
        <source>The SFTP session has ended.</source>
        <translation>Die SFTP-Sitzung ist beendet.</translation>
    </message>
    <message>
        <source>Nothing to copy.</source>
        <translation>Nichts zu kopieren.</translation>
    </message>
    <message>
        <source>%1 is not a folder: with several sources the destination must be one.</source>
        <translation>%1 ist kein Ordner: bei mehreren Quellen muss das Ziel einer sein.</translation>
    </message>
    <message>
        <source>%1 is not a folder on the workspace: with several sources the destination must be one.</source>
        <translation>%1 ist kein Ordner auf dem Arbeitsbereich: bei mehreren Quellen muss das Ziel einer sein.</translation>
    </message>
    <message>
        <source>%1 has no name to copy it as; give the destination file name.</source>
        <translation>%1 hat keinen Namen, unter dem es kopiert werden kann; geben Sie den Namen der Zieldatei an.</translation>
    </message>
    <message>
        <source>%1 is a folder: copy it with -r.</source>
        <translation>%1 ist ein Ordner: kopieren Sie ihn mit -r.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Skipped %1: its name cannot be a file name here.</source>
        <translation>%1 übersprungen: sein Name kann hier kein Dateiname sein.</translation>
    </message>
    <message>
        <source>Skipped %1: it is a symbolic link.</source>
        <translation>%1 übersprungen: es ist ein symbolischer Link.</translation>
    </message>
    <message>
        <source>Skipped %1: it is not a regular file.</source>
        <translation>%1 übersprungen: es ist keine reguläre Datei.</translation>
    </message>
</context>
<context>
    <name>keyport::SftpFileTransfer</name>
    <message>
        <source>The SFTP session has ended.</source>
        <translation>Die SFTP-Sitzung ist beendet.</translation>
    </message>
    <message>
        <source>%1 is a folder: copy it with -r.</source>
        <translation>%1 ist ein Ordner: kopieren Sie ihn mit -r.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or socket): it was not copied.</source>
        <translation>%1 ist keine reguläre Datei (ein Gerät, eine Pipe oder ein Socket): es wurde nicht kopiert.</translation>
    </message>
    <message>
        <source>%1 %2 of %3 bytes arrived; they stay in %4, and copying again with resume continues from there.</source>
        <translation>%1 %2 von %3 Bytes sind angekommen; sie bleiben in %4, und erneutes Kopieren mit Fortsetzen macht dort weiter.</translation>
    </message>
    <message>
        <source>Cannot close</source>
        <translation>Nicht schließbar</translation>
    </message>
    <message>
        <source>%1 is a folder; it was not replaced.</source>
        <translation>%1 ist ein Ordner; er wurde nicht ersetzt.</translation>
    </message>
    <message>
        <source>%1 already exists; it was left as it is (choose to overwrite it).</source>
        <translation>%1 existiert bereits; es blieb unverändert (wählen Sie Überschreiben).</translation>
    </message>
    <message>
        <source>%1 is not a part file Keyport left; move it away and try again.</source>
        <translation>%1 ist keine Teildatei von Keyport; verschieben Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 lässt sich nicht schreiben: %2.</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Nicht zu öffnen</translation>
    </message>
    <message>
        <source>Cannot read</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 lässt sich nicht lesen: %2.</translation>
    </message>
    <message>
        <source>%1 is a folder on the workspace; it was not replaced.</source>
        <translation>%1 ist ein Ordner auf dem Arbeitsbereich; er wurde nicht ersetzt.</translation>
    </message>
    <message>
        <source>%1 already exists on the workspace; it was left as it is (choose to overwrite it).</source>
        <translation>%1 existiert bereits auf dem Arbeitsbereich; es blieb unverändert (wählen Sie Überschreiben).</translation>
    </message>
    <message>
        <source>Cannot create</source>
        <translation>Nicht anlegbar</translation>
    </message>
    <message>
        <source>Cannot truncate</source>
        <translation>Nicht kürzbar</translation>
    </message>
    <message>
        <source>%1 changed while it was being copied (it is shorter now).</source>
        <translation>%1 hat sich beim Kopieren geändert (es ist jetzt kürzer).</translation>
    </message>
    <message>
        <source>Cannot write</source>
        <translation>Nicht schreibbar</translation>
    </message>
    <message>
        <source>The part file stays on the workspace; resume when the cause is fixed.</source>
        <translation>Die Teildatei bleibt auf dem Arbeitsbereich; setzen Sie fort, sobald die Ursache behoben ist.</translation>
    </message>
    <message>
        <source>Cannot set the time of</source>
        <translation>Zeit nicht setzbar für</translation>
    </message>
    <message>
        <source>The copy stopped at %1, which exists already.</source>
        <translation>Die Kopie hielt bei %1 an, das bereits existiert.</translation>
    </message>
    <message>
        <source>No free name is left for another copy of %1.</source>
        <translation>Für eine weitere Kopie von %1 ist kein freier Name mehr übrig.</translation>
    </message>
</context>
<context>
    <name>keyport::SftpListJob</name>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>Named pipe</source>
        <translation>Benannte Pipe</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Broken link</source>
        <translation>Defekter Link</translation>
    </message>
    <message>
        <source>Link to folder</source>
        <translation>Link auf Ordner</translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation>Link auf %1</translation>
    </message>
</context>
<context>
    <name>keyport::SftpRemoveJob</name>
    <message>
        <source>…and more.</source>
        <translation>…und weitere.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be deleted: %1</source>
        <translation>
            <numerusform>%n Element konnte nicht gelöscht werden: %1</numerusform>
            <numerusform>%n Elemente konnten nicht gelöscht werden: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyport::SocketStream</name>
    <message>
        <source>The connection failed.</source>
        <translation>Die Verbindung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cannot connect to %1 port %2.</source>
        <translation>Keine Verbindung zu %1 Port %2 möglich.</translation>
    </message>
</context>
<context>
    <name>keyport::Source</name>
    <message>
        <source>%1 workspaces cannot %2.</source>
        <translation>%1: Arbeitsbereiche dieser Quelle können nicht %2.</translation>
    </message>
    <message>
        <source>be started from Keyport</source>
        <translation>aus Keyport gestartet werden</translation>
    </message>
    <message>
        <source>be stopped from Keyport</source>
        <translation>aus Keyport gestoppt werden</translation>
    </message>
    <message>
        <source>have keys registered by Keyport</source>
        <translation>über Keyport mit Schlüsseln versehen werden</translation>
    </message>
    <message>
        <source>issue certificates</source>
        <translation>Zertifikate ausstellen</translation>
    </message>
    <message>
        <source>list the keys registered there</source>
        <translation>die dort registrierten Schlüssel auflisten</translation>
    </message>
    <message>
        <source>have keys removed by Keyport</source>
        <translation>Schlüssel über Keyport entfernen lassen</translation>
    </message>
    <message>
        <source>keep SSH identities</source>
        <translation>SSH-Identitäten verwalten</translation>
    </message>
</context>
<context>
    <name>keyport::SourceDialog</name>
    <message>
        <source>Add a JupyterHub</source>
        <translation>JupyterHub hinzufügen</translation>
    </message>
    <message>
        <source>Add a knot server</source>
        <translation>knot-Server hinzufügen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Hub user:</source>
        <translation>Hub-Benutzer:</translation>
    </message>
    <message>
        <source>your JupyterHub user name</source>
        <translation>Ihr JupyterHub-Benutzername</translation>
    </message>
    <message>
        <source>Login user:</source>
        <translation>Anmeldebenutzer:</translation>
    </message>
    <message>
        <source>Do not verify TLS certificates (test servers only)</source>
        <translation>TLS-Zertifikate nicht überprüfen (nur für Testserver)</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>paste the token here</source>
        <translation>Token hier einfügen</translation>
    </message>
    <message>
        <source>Get a token…</source>
        <translation>Token anfordern…</translation>
    </message>
    <message>
        <source>Open the token page in the browser</source>
        <translation>Token-Seite im Browser öffnen</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Enter the server&apos;s URL first.</source>
        <translation>Geben Sie zuerst die URL des Servers ein.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>paste a new token, or leave empty to keep the stored one</source>
        <translation>neues Token einfügen oder leer lassen, um das gespeicherte zu behalten</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message numerus="yes">
        <source>It works: %n workspace(s) listed.</source>
        <translation>
            <numerusform>Es funktioniert: %n Arbeitsbereich aufgelistet.</numerusform>
            <numerusform>Es funktioniert: %n Arbeitsbereiche aufgelistet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored token could not be read; paste it again.</source>
        <translation>Das gespeicherte Token konnte nicht gelesen werden; fügen Sie es erneut ein.</translation>
    </message>
    <message>
        <source>Checking and saving…</source>
        <translation>Wird geprüft und gespeichert…</translation>
    </message>
    <message>
        <source>Add a spaces control plane</source>
        <translation>spaces-Steuerungsebene hinzufügen</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>the address of your spaces account</source>
        <translation>die Adresse Ihres spaces-Kontos</translation>
    </message>
    <message>
        <source>Entry host:</source>
        <translation>Eingangshost:</translation>
    </message>
    <message>
        <source>empty: the URL&apos;s host</source>
        <translation>leer: der Host der URL</translation>
    </message>
    <message>
        <source>Entry port:</source>
        <translation>Eingangsport:</translation>
    </message>
    <message>
        <source>Certificate lifetime:</source>
        <translation>Lebensdauer des Zertifikats:</translation>
    </message>
    <message>
        <source>5m (renewed automatically)</source>
        <translation>5m (wird automatisch erneuert)</translation>
    </message>
    <message>
        <source>Auth key</source>
        <translation>Auth-Schlüssel</translation>
    </message>
    <message>
        <source>paste the one-time auth key you were given</source>
        <translation>erhaltenen einmaligen Auth-Schlüssel hier einfügen</translation>
    </message>
    <message>
        <source>Auth key:</source>
        <translation>Auth-Schlüssel:</translation>
    </message>
    <message>
        <source>a new auth key logs in again; empty keeps the session</source>
        <translation>ein neuer Auth-Schlüssel meldet Sie erneut an; leer lassen, um die Sitzung zu behalten</translation>
    </message>
    <message>
        <source>Add Northflank</source>
        <translation>Northflank hinzufügen</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>for an organisation token: the team&apos;s id</source>
        <translation>für ein Organisations-Token: die ID des Teams</translation>
    </message>
</context>
<context>
    <name>keyport::SourceRegistry</name>
    <message>
        <source>Unknown source kind &quot;%1&quot;.</source>
        <translation>Unbekannte Quellenart „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL.</source>
        <translation>„%1“ ist keine http(s)-URL.</translation>
    </message>
    <message>
        <source>%1 must use https:// (plain http is only allowed for loopback addresses, for local testing).</source>
        <translation>%1 muss https:// verwenden (unverschlüsseltes http ist nur für Loopback-Adressen erlaubt, für lokale Tests).</translation>
    </message>
    <message>
        <source>A source named %1 exists already; remove it first.</source>
        <translation>Eine Quelle namens %1 existiert bereits; entfernen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>There is no source named %1.</source>
        <translation>Es gibt keine Quelle namens %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of a built-in source.</source>
        <translation>„%1“ ist der Name einer eingebauten Quelle.</translation>
    </message>
</context>
<context>
    <name>keyport::SourcesPage</name>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <source>Start sandbox</source>
        <translation>Sandbox starten</translation>
    </message>
    <message>
        <source>Stop sandbox</source>
        <translation>Sandbox stoppen</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NICHT überprüft</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>überprüft</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <source>Remove the source %1 and its token from the keychain? Its workspaces leave the list and the ssh config.</source>
        <translation>Die Quelle %1 entfernen und ihr Token aus dem Schlüsselbund löschen? Ihre Arbeitsbereiche verschwinden aus der Liste und aus der ssh-Konfiguration.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removed %1, but its token could not be removed from the keychain: %2</source>
        <translation>%1 entfernt, aber das Token konnte nicht aus dem Schlüsselbund gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Removed %1 and its token.</source>
        <translation>%1 und das zugehörige Token entfernt.</translation>
    </message>
    <message>
        <source>Imported %1 (%2).</source>
        <translation>%1 importiert (%2).</translation>
    </message>
    <message>
        <source>Running on 127.0.0.1:%1 as local.sandbox (key %2).</source>
        <translation>Läuft auf 127.0.0.1:%1 als local.sandbox (Schlüssel %2).</translation>
    </message>
    <message>
        <source>Stopped. The sandbox is an sshd on this machine to try Keyport with.</source>
        <translation>Gestoppt. Die Sandbox ist ein sshd auf diesem Rechner, mit dem Sie Keyport ausprobieren können.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <source>knot server…</source>
        <translation>knot-Server…</translation>
    </message>
    <message>
        <source>JupyterHub…</source>
        <translation>JupyterHub…</translation>
    </message>
    <message>
        <source>spaces control plane…</source>
        <translation>spaces-Steuerungsebene…</translation>
    </message>
    <message>
        <source>Northflank…</source>
        <translation>Northflank…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>From knot&apos;s own configuration</source>
        <translation>Aus der eigenen Konfiguration von knot</translation>
    </message>
    <message>
        <source>From the Northflank CLI&apos;s login</source>
        <translation>Aus der Anmeldung der Northflank-CLI</translation>
    </message>
    <message>
        <source>No sources added yet. Add source connects Keyport to a knot server, a JupyterHub, a spaces control plane or Northflank; the hosts of your ~/.ssh/config are here already, as the ssh source. Or try the local sandbox below.</source>
        <translation>Noch keine Quellen hinzugefügt. „Quelle hinzufügen“ verbindet Keyport mit einem knot-Server, einem JupyterHub, einer spaces-Steuerungsebene oder Northflank; die Hosts Ihrer ~/.ssh/config sind bereits da, als Quelle ssh. Oder probieren Sie unten die lokale Sandbox aus.</translation>
    </message>
    <message>
        <source>Taking over the Northflank CLI&apos;s login…</source>
        <translation>Anmeldung der Northflank-CLI wird übernommen…</translation>
    </message>
    <message>
        <source>Took over the Northflank CLI&apos;s login &quot;%1&quot; as source %2. Its token is in the keychain now; Keyport never reads it from %3 again.</source>
        <translation>Anmeldung „%1“ der Northflank-CLI als Quelle %2 übernommen. Ihr Token liegt jetzt im Schlüsselbund; Keyport liest es nie wieder aus %3.</translation>
    </message>
    <message>
        <source>Remove the token from the CLI&apos;s file?</source>
        <translation>Das Token aus der Datei der CLI entfernen?</translation>
    </message>
    <message>
        <source>%1 still holds the token of &quot;%2&quot; in plain text. Keyport has its own copy in the keychain. Remove it from the file? Your own northflank CLI then needs `northflank login` again.</source>
        <translation>%1 enthält das Token von „%2“ noch im Klartext. Keyport hat eine eigene Kopie im Schlüsselbund. Das Token aus der Datei entfernen? Ihre eigene northflank-CLI braucht dann erneut `northflank login`.</translation>
    </message>
    <message>
        <source>Remove from the file</source>
        <translation>Aus der Datei entfernen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Removed the token from %1.</source>
        <translation>Token aus %1 entfernt.</translation>
    </message>
    <message>
        <source>A key for the sandbox?</source>
        <translation>Ein Schlüssel für die Sandbox?</translation>
    </message>
    <message>
        <source>There is no SSH key in ~/.ssh yet, and the sandbox needs one to let you in. It can make a key for itself, kept in its own folder (%1) and not in ~/.ssh, so no other tool meets it. Or generate your own key on the Keys page first.</source>
        <translation>In ~/.ssh gibt es noch keinen SSH-Schlüssel, und die Sandbox braucht einen, um Sie hereinzulassen. Sie kann einen eigenen Schlüssel erzeugen, der in ihrem eigenen Ordner (%1) und nicht in ~/.ssh liegt, sodass kein anderes Werkzeug ihn zu sehen bekommt. Oder erzeugen Sie zuerst auf der Seite „Schlüssel“ Ihren eigenen Schlüssel.</translation>
    </message>
    <message>
        <source>Make a sandbox key</source>
        <translation>Sandbox-Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>The sandbox made its own key, %1; it is not in ~/.ssh.</source>
        <translation>Die Sandbox hat ihren eigenen Schlüssel %1 erzeugt; er liegt nicht in ~/.ssh.</translation>
    </message>
</context>
<context>
    <name>keyport::SpacesImportJob</name>
    <message>
        <source>%1 is not taken over: %2</source>
        <translation>%1 wird nicht übernommen: %2</translation>
    </message>
    <message>
        <source>There is no spaces session at %1 (log in with the spaces CLI first, or give the path).</source>
        <translation>Unter %1 gibt es keine spaces-Sitzung (melden Sie sich zuerst mit der spaces-CLI an oder geben Sie den Pfad an).</translation>
    </message>
    <message>
        <source>it is a symbolic link.</source>
        <translation>es ist ein symbolischer Link.</translation>
    </message>
    <message>
        <source>it is not a regular file.</source>
        <translation>es ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>another user owns it.</source>
        <translation>es gehört einem anderen Benutzer.</translation>
    </message>
    <message>
        <source>others can read or write it (run chmod 600 on it).</source>
        <translation>andere können es lesen oder schreiben (führen Sie chmod 600 dafür aus).</translation>
    </message>
    <message>
        <source>others can write to its folder.</source>
        <translation>andere können in seinen Ordner schreiben.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 is not a spaces session (no base_url or session_token).</source>
        <translation>%1 ist keine spaces-Sitzung (kein base_url oder session_token).</translation>
    </message>
</context>
<context>
    <name>keyport::SpacesSource</name>
    <message>
        <source>A spaces source needs the e-mail address of your account (--email).</source>
        <translation>Eine spaces-Quelle braucht die E-Mail-Adresse Ihres Kontos (--email).</translation>
    </message>
    <message>
        <source>entry host</source>
        <translation>Eingangshost</translation>
    </message>
    <message>
        <source>login user</source>
        <translation>Anmeldebenutzer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a certificate lifetime: write it as 5m, 90s or 1h30m (10 s to 24 h).</source>
        <translation>„%1“ ist keine gültige Lebensdauer für ein Zertifikat: Schreiben Sie sie als 5m, 90s oder 1h30m (10 s bis 24 h).</translation>
    </message>
    <message>
        <source>Your spaces session for %1 expired or was revoked (401). Log in again with a new auth key: `keyport-cli sources login %1 --auth-key-stdin`, or Edit the source in Keyport.</source>
        <translation>Ihre spaces-Sitzung für %1 ist abgelaufen oder wurde widerrufen (401). Melden Sie sich mit einem neuen Auth-Schlüssel erneut an: `keyport-cli sources login %1 --auth-key-stdin`, oder bearbeiten Sie die Quelle in Keyport.</translation>
    </message>
    <message>
        <source>spaces does not let you %1 (403): your role there does not allow it.</source>
        <translation>spaces erlaubt Ihnen nicht, %1 (403): Ihre Rolle dort lässt das nicht zu.</translation>
    </message>
    <message>
        <source>spaces does not let you %1 (403): %2.</source>
        <translation>spaces erlaubt Ihnen nicht, %1 (403): %2.</translation>
    </message>
    <message>
        <source>spaces is limiting requests (429) while trying to %1; %2.</source>
        <translation>spaces begrenzt die Anfragen (429) beim Versuch, %1; %2.</translation>
    </message>
    <message>
        <source>spaces cannot %1: not found (404).</source>
        <translation>spaces ist es nicht möglich, %1: nicht gefunden (404).</translation>
    </message>
    <message>
        <source>spaces cannot %1: %2 (404).</source>
        <translation>spaces ist es nicht möglich, %1: %2 (404).</translation>
    </message>
    <message>
        <source>spaces refused to %1 (400).</source>
        <translation>spaces hat es abgelehnt, %1 (400).</translation>
    </message>
    <message>
        <source>spaces refused to %1: %2.</source>
        <translation>spaces hat es abgelehnt, %1: %2.</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Es war nicht möglich, %1: %2</translation>
    </message>
    <message>
        <source>spaces answered the login without a session token; is this a spaces control plane?</source>
        <translation>spaces hat die Anmeldung ohne Sitzungstoken beantwortet; ist das eine spaces-Steuerungsebene?</translation>
    </message>
    <message>
        <source>This auth key was used already: spaces takes each auth key once. Ask your spaces admin for a new one.</source>
        <translation>Dieser Auth-Schlüssel wurde bereits verwendet: spaces akzeptiert jeden Auth-Schlüssel nur einmal. Bitten Sie Ihren spaces-Administrator um einen neuen.</translation>
    </message>
    <message>
        <source>spaces did not accept the auth key for %1: check the e-mail address and the key (%2).</source>
        <translation>spaces hat den Auth-Schlüssel für %1 nicht akzeptiert: Prüfen Sie die E-Mail-Adresse und den Schlüssel (%2).</translation>
    </message>
    <message>
        <source>log in</source>
        <translation>die Anmeldung durchzuführen</translation>
    </message>
    <message>
        <source>spaces sent a Space list that is not JSON.</source>
        <translation>spaces hat eine Space-Liste gesendet, die kein JSON ist.</translation>
    </message>
    <message>
        <source>The Space id &quot;%1&quot; is not one the entry host takes, so %2 cannot be connected.</source>
        <translation>Die Space-ID „%1“ wird vom Eingangshost nicht akzeptiert, daher kann keine Verbindung zu %2 hergestellt werden.</translation>
    </message>
    <message>
        <source>Space id</source>
        <translation>Space-ID</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>%1 Kerne</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <source>Network egress</source>
        <translation>Ausgehender Netzwerkverkehr</translation>
    </message>
    <message>
        <source>Tokens used</source>
        <translation>Verbrauchte Tokens</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>spaces sent a key list that is not JSON.</source>
        <translation>spaces hat eine Schlüsselliste gesendet, die kein JSON ist.</translation>
    </message>
    <message>
        <source>spaces sent no known_hosts line for its entry host.</source>
        <translation>spaces hat keine known_hosts-Zeile für seinen Eingangshost gesendet.</translation>
    </message>
    <message>
        <source>spaces sent a host key for %1, not for its entry host %2.</source>
        <translation>spaces hat einen Host-Key für %1 gesendet, nicht für seinen Eingangshost %2.</translation>
    </message>
    <message>
        <source>spaces sent a host key Keyport cannot read.</source>
        <translation>spaces hat einen Host-Key gesendet, den Keyport nicht lesen kann.</translation>
    </message>
    <message>
        <source>spaces sent a certificate Keyport cannot read.</source>
        <translation>spaces hat ein Zertifikat gesendet, das Keyport nicht lesen kann.</translation>
    </message>
    <message>
        <source>spaces sent a certificate for another key.</source>
        <translation>spaces hat ein Zertifikat für einen anderen Schlüssel gesendet.</translation>
    </message>
    <message>
        <source>spaces sent a certificate that is not for the login user %1.</source>
        <translation>spaces hat ein Zertifikat gesendet, das nicht für den Anmeldebenutzer %1 gilt.</translation>
    </message>
    <message>
        <source>spaces sent a certificate that is not valid now (check this computer&apos;s clock).</source>
        <translation>spaces hat ein Zertifikat gesendet, das derzeit nicht gültig ist (prüfen Sie die Uhr dieses Rechners).</translation>
    </message>
    <message>
        <source>list your Spaces</source>
        <translation>Ihre Spaces aufzulisten</translation>
    </message>
    <message>
        <source>get the entry host&apos;s key</source>
        <translation>den Schlüssel des Eingangshosts abzurufen</translation>
    </message>
    <message>
        <source>start %1</source>
        <translation>%1 zu starten</translation>
    </message>
    <message>
        <source>stop %1</source>
        <translation>%1 zu stoppen</translation>
    </message>
    <message>
        <source>Starting and stopping %1 needs the admin role on it; you are %2 (spaces answered 403).</source>
        <translation>Zum Starten und Stoppen von %1 brauchen Sie dort die Admin-Rolle; Sie sind %2 (spaces hat mit 403 geantwortet).</translation>
    </message>
    <message>
        <source>not an admin</source>
        <translation>kein Admin</translation>
    </message>
    <message>
        <source>a %1</source>
        <translation>in der Rolle „%1“</translation>
    </message>
    <message>
        <source>register the key</source>
        <translation>den Schlüssel zu registrieren</translation>
    </message>
    <message>
        <source>list your SSH keys</source>
        <translation>Ihre SSH-Schlüssel aufzulisten</translation>
    </message>
    <message>
        <source>remove the key %1</source>
        <translation>den Schlüssel %1 zu entfernen</translation>
    </message>
    <message>
        <source>issue a certificate</source>
        <translation>ein Zertifikat auszustellen</translation>
    </message>
    <message>
        <source>spaces control plane %1</source>
        <translation>spaces-Steuerungsebene %1</translation>
    </message>
</context>
<context>
    <name>keyport::SshConfigReader</name>
    <message>
        <source>unterminated quote</source>
        <translation>nicht abgeschlossenes Anführungszeichen</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1: Include %2 could not be expanded; it was skipped.</source>
        <translation>%1: Include %2 konnte nicht aufgelöst werden; es wurde übersprungen.</translation>
    </message>
    <message>
        <source>%1 was not read: Includes nest more than %2 deep (OpenSSH refuses such a config).</source>
        <translation>%1 wurde nicht gelesen: Includes sind mehr als %2 Ebenen tief verschachtelt (OpenSSH lehnt eine solche Konfiguration ab).</translation>
    </message>
    <message>
        <source>%1 was not read again: it includes itself (an Include loop).</source>
        <translation>%1 wurde nicht erneut gelesen: Die Datei bindet sich selbst ein (eine Include-Schleife).</translation>
    </message>
    <message>
        <source>%1 and the Includes after it were not read: the files included add up to more than %2 MiB.</source>
        <translation>%1 und die Includes danach wurden nicht gelesen: Die eingebundenen Dateien sind zusammen größer als %2 MiB.</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 and the Includes after it were not read: Include read more than %2 files (are files included many times over?).</source>
        <translation>%1 und die Includes danach wurden nicht gelesen: Include hat mehr als %2 Dateien gelesen (werden Dateien vielfach eingebunden?).</translation>
    </message>
    <message>
        <source>%1:%2: &quot;%3&quot; is not a port number (1 to 65535); ssh refuses this config.</source>
        <translation>%1:%2: „%3“ ist keine Portnummer (1 bis 65535); ssh lehnt diese Konfiguration ab.</translation>
    </message>
</context>
<context>
    <name>keyport::SshConfigSource</name>
    <message>
        <source>Hosts from your ssh config</source>
        <translation>Hosts aus Ihrer ssh-Konfiguration</translation>
    </message>
</context>
<context>
    <name>keyport::SshIdentity</name>
    <message>
        <source>projects %1</source>
        <translation>Projekte %1</translation>
    </message>
    <message>
        <source>all of the tags %1</source>
        <translation>alle Tags %1</translation>
    </message>
    <message>
        <source>any of the tags %1</source>
        <translation>eines der Tags %1</translation>
    </message>
    <message>
        <source>every workspace</source>
        <translation>alle Arbeitsbereiche</translation>
    </message>
    <message>
        <source>%1 is in project %2, which is not one of the projects identity &quot;%3&quot; is restricted to (%4).</source>
        <translation>%1 gehört zum Projekt %2, das nicht zu den Projekten gehört, auf die die Identität „%3“ beschränkt ist (%4).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>keine Tags</translation>
    </message>
    <message>
        <source>the tags %1</source>
        <translation>die Tags %1</translation>
    </message>
    <message>
        <source>%1 has %2, but identity &quot;%3&quot; needs all of %4 (missing: %5).</source>
        <translation>%1 hat %2, aber die Identität „%3“ verlangt alle Tags %4 (es fehlen: %5).</translation>
    </message>
    <message>
        <source>%1 has %2, but identity &quot;%3&quot; needs one of %4.</source>
        <translation>%1 hat %2, aber die Identität „%3“ verlangt eines der Tags %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an identity&apos;s name: 3 to 100 letters and digits, words joined by single hyphens or spaces.</source>
        <translation>„%1“ kann nicht der Name einer Identität sein: 3 bis 100 Buchstaben und Ziffern, Wörter durch einzelne Bindestriche oder Leerzeichen verbunden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a %2 in an identity&apos;s restrictions: 3 to 100 letters and digits, words joined by single hyphens.</source>
        <translation>„%1“ kann kein %2 in den Einschränkungen einer Identität sein: 3 bis 100 Buchstaben und Ziffern, Wörter durch einzelne Bindestriche verbunden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a %2 in an identity&apos;s restrictions.</source>
        <translation>„%1“ kann kein %2 in den Einschränkungen einer Identität sein.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s), none of yours</source>
        <translation>
            <numerusform>%n Schlüssel, keiner davon Ihrer</numerusform>
            <numerusform>%n Schlüssel, keiner davon Ihrer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation>%1 (Ihrer)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (yours) and %n other key(s)</source>
        <translation>
            <numerusform>%1 (Ihrer) und %n weiterer Schlüssel</numerusform>
            <numerusform>%1 (Ihrer) und %n weitere Schlüssel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyport::SshSession</name>
    <message>
        <source>Cannot connect to %1 port %2.</source>
        <translation>Keine Verbindung zu %1 Port %2 möglich.</translation>
    </message>
    <message>
        <source>The server sent no host key.</source>
        <translation>Der Server hat keinen Host-Key gesendet.</translation>
    </message>
    <message>
        <source>Cannot read the server&apos;s host key.</source>
        <translation>Der Host-Key des Servers kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>libssh could not load the key.</source>
        <translation>libssh konnte den Schlüssel nicht laden.</translation>
    </message>
    <message>
        <source>%1@%2 did not accept the key %3.</source>
        <translation>%1@%2 hat den Schlüssel %3 nicht akzeptiert.</translation>
    </message>
    <message>
        <source>%1@%2 accepted none of the ssh-agent&apos;s keys.</source>
        <translation>%1@%2 hat keinen der Schlüssel des ssh-agent akzeptiert.</translation>
    </message>
    <message>
        <source>Cannot open a session channel.</source>
        <translation>Es kann kein Sitzungskanal geöffnet werden.</translation>
    </message>
    <message>
        <source>The remote command failed with exit status %1.</source>
        <translation>Der entfernte Befehl ist mit Exit-Status %1 fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>keyport::StdioStream</name>
    <message>
        <source>The SSH client closed its end of the pipe.</source>
        <translation>Der SSH-Client hat sein Ende der Pipe geschlossen.</translation>
    </message>
</context>
<context>
    <name>keyport::TransferQueue</name>
    <message numerus="yes">
        <source>The workspace could not be reached again after %n tries: %1 Retry continues from where it stopped.</source>
        <translation>
            <numerusform>Der Arbeitsbereich war nach %n Versuch nicht wieder erreichbar: %1 „Erneut versuchen“ macht dort weiter, wo es aufgehört hat.</numerusform>
            <numerusform>Der Arbeitsbereich war nach %n Versuchen nicht wieder erreichbar: %1 „Erneut versuchen“ macht dort weiter, wo es aufgehört hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; what arrived stays as part files.</source>
        <translation>Abgebrochen; das Angekommene bleibt als Teildateien erhalten.</translation>
    </message>
</context>
<context>
    <name>keyport::TransfersPanel</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Übertragung</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop it; what arrived stays as part files, and copying again continues from there</source>
        <translation>Abbrechen; das Angekommene bleibt als Teildateien erhalten, und erneutes Kopieren macht dort weiter</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Continue a failed copy from where it stopped</source>
        <translation>Eine fehlgeschlagene Kopie dort fortsetzen, wo sie aufgehört hat</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Abgeschlossene entfernen</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Fertig: %1.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>Wird kopiert</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Connection lost; reconnecting…</source>
        <translation>Verbindung verloren; neue Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message numerus="yes">
        <source>Done, %n skipped</source>
        <translation>
            <numerusform>Fertig, %n übersprungen</numerusform>
            <numerusform>Fertig, %n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>keyport::UnlockKeyJob</name>
    <message>
        <source>%1 is protected by a passphrase and none is stored in the keychain.</source>
        <translation>%1 ist durch eine Passphrase geschützt, und im Schlüsselbund ist keine gespeichert.</translation>
    </message>
    <message>
        <source>Wrong passphrase for %1.</source>
        <translation>Falsche Passphrase für %1.</translation>
    </message>
    <message>
        <source>%1 is protected by a passphrase and none was given; store it with `keyport-cli keys remember %1` or type it when asked.</source>
        <translation>%1 ist durch eine Passphrase geschützt, und es wurde keine angegeben; speichern Sie sie mit `keyport-cli keys remember %1`, oder geben Sie sie ein, wenn Sie danach gefragt werden.</translation>
    </message>
    <message>
        <source>The passphrase stored in the keychain no longer opens %1.</source>
        <translation>Die im Schlüsselbund gespeicherte Passphrase öffnet %1 nicht mehr.</translation>
    </message>
    <message>
        <source>Wrong passphrase, try again.</source>
        <translation>Falsche Passphrase, versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>keyport::UnregisterKeyJob</name>
    <message>
        <source>Removing %1 from %2…</source>
        <translation>%1 wird von %2 entfernt…</translation>
    </message>
</context>
<context>
    <name>keyport::WebSocketStream</name>
    <message>
        <source>The TLS certificate of %1 could not be verified; if this is a test server you trust, mark the source --insecure.</source>
        <translation>Das TLS-Zertifikat von %1 konnte nicht überprüft werden; wenn es sich um einen Testserver handelt, dem Sie vertrauen, kennzeichnen Sie die Quelle mit --insecure.</translation>
    </message>
    <message>
        <source>Cannot open the tunnel to %1.</source>
        <translation>Der Tunnel zu %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Cannot open the tunnel to %1: TLS is not available on this system.</source>
        <translation>Der Tunnel zu %1 kann nicht geöffnet werden: TLS ist auf diesem System nicht verfügbar.</translation>
    </message>
    <message>
        <source>Cannot open the tunnel to %1: a request header is malformed.</source>
        <translation>Der Tunnel zu %1 kann nicht geöffnet werden: Ein Header der Anfrage ist fehlerhaft.</translation>
    </message>
    <message>
        <source>the answer to the WebSocket upgrade is not HTTP</source>
        <translation>die Antwort auf das WebSocket-Upgrade ist kein HTTP</translation>
    </message>
    <message>
        <source>no &quot;Upgrade: websocket&quot;</source>
        <translation>kein „Upgrade: websocket“</translation>
    </message>
    <message>
        <source>no &quot;Connection: Upgrade&quot;</source>
        <translation>kein „Connection: Upgrade“</translation>
    </message>
    <message>
        <source>a wrong Sec-WebSocket-Accept</source>
        <translation>ein falsches Sec-WebSocket-Accept</translation>
    </message>
    <message>
        <source>an extension that was not asked for</source>
        <translation>eine nicht angeforderte Erweiterung</translation>
    </message>
    <message>
        <source>a subprotocol that was not asked for</source>
        <translation>ein nicht angefordertes Subprotokoll</translation>
    </message>
    <message>
        <source>Cannot open the tunnel to %1: the server&apos;s WebSocket handshake is invalid.</source>
        <translation>Der Tunnel zu %1 kann nicht geöffnet werden: Der WebSocket-Handshake des Servers ist ungültig.</translation>
    </message>
    <message>
        <source>%1 in the answer from %2</source>
        <translation>%1 in der Antwort von %2</translation>
    </message>
    <message>
        <source>; the server said: %1</source>
        <translation>; der Server meldete: %1</translation>
    </message>
    <message>
        <source>The server refused the token (401): it expired or was revoked. Create a new token and add the source again.</source>
        <translation>Der Server hat das Token abgelehnt (401): Es ist abgelaufen oder wurde widerrufen. Erstellen Sie ein neues Token und fügen Sie die Quelle erneut hinzu.</translation>
    </message>
    <message>
        <source>You are not allowed to use SSH on this workspace (403).</source>
        <translation>Sie dürfen SSH in diesem Arbeitsbereich nicht verwenden (403).</translation>
    </message>
    <message>
        <source>The server has no SSH endpoint for this workspace (404): it may be stopped, unknown, or have no sshd.</source>
        <translation>Der Server hat keinen SSH-Endpunkt für diesen Arbeitsbereich (404): Er ist möglicherweise gestoppt, unbekannt oder hat keinen sshd.</translation>
    </message>
    <message>
        <source>The server redirected instead of opening the tunnel (%1): the workspace&apos;s server is probably stopped.</source>
        <translation>Der Server hat umgeleitet, statt den Tunnel zu öffnen (%1): Der Server des Arbeitsbereichs ist vermutlich gestoppt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The tunnel at %1 sent a text frame; it is not an SSH tunnel.</source>
        <translation>Der Tunnel unter %1 hat einen Text-Frame gesendet; er ist kein SSH-Tunnel.</translation>
    </message>
    <message>
        <source>The tunnel at %1 sent a frame of %2 bytes, more than Keyport accepts.</source>
        <translation>Der Tunnel unter %1 hat einen Frame mit %2 Bytes gesendet, mehr als Keyport akzeptiert.</translation>
    </message>
    <message>
        <source>The tunnel at %1 broke the WebSocket protocol.</source>
        <translation>Der Tunnel unter %1 hat das WebSocket-Protokoll verletzt.</translation>
    </message>
    <message>
        <source>the server closed the connection during the WebSocket handshake</source>
        <translation>der Server hat die Verbindung während des WebSocket-Handshakes geschlossen</translation>
    </message>
    <message>
        <source>The tunnel to %1 closed unexpectedly (%2).</source>
        <translation>Der Tunnel zu %1 wurde unerwartet geschlossen (%2).</translation>
    </message>
    <message>
        <source>no close frame</source>
        <translation>kein Close-Frame</translation>
    </message>
</context>
<context>
    <name>keyport::WorkspaceDelegate</name>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>stoppt</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>Proxy</translation>
    </message>
</context>
<context>
    <name>keyport::WorkspaceDetails</name>
    <message>
        <source>Select a workspace to see how to reach it.

Enter or double-click connects.</source>
        <translation>Wählen Sie einen Arbeitsbereich aus, um zu sehen, wie Sie ihn erreichen.

Eingabetaste oder Doppelklick stellt die Verbindung her.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Open a terminal with ssh (Enter)</source>
        <translation>Terminal mit ssh öffnen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Open in VS Code</source>
        <translation>In VS Code öffnen</translation>
    </message>
    <message>
        <source>Open in Cursor</source>
        <translation>In Cursor öffnen</translation>
    </message>
    <message>
        <source>Start proxy</source>
        <translation>Proxy starten</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Copy ssh command</source>
        <translation>ssh-Befehl kopieren</translation>
    </message>
    <message>
        <source>Copy the ssh command (Ctrl+Shift+C)</source>
        <translation>Den ssh-Befehl kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Proxy endpoint:</source>
        <translation>Proxy-Endpunkt:</translation>
    </message>
    <message>
        <source>%1 command for the proxy</source>
        <translation>%1-Befehl für den Proxy</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the %1 command</source>
        <translation>Den %1-Befehl kopieren</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Wird gestoppt</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>State unknown</source>
        <translation>Status unbekannt</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <source>tags %1</source>
        <translation>Tags %1</translation>
    </message>
    <message>
        <source>Host alias</source>
        <translation>Host-Alias</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>(your user name)</source>
        <translation>(Ihr Benutzername)</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
    <message>
        <source>(ssh&apos;s defaults and the agent)</source>
        <translation>(Standardwerte von ssh und der Agent)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>checked by ssh against your known_hosts</source>
        <translation>von ssh anhand Ihrer known_hosts geprüft</translation>
    </message>
    <message>
        <source>%1 (pinned)</source>
        <translation>%1 (hinterlegt)</translation>
    </message>
    <message>
        <source>not pinned yet: you will be asked on first connect</source>
        <translation>noch nicht hinterlegt: Sie werden bei der ersten Verbindung gefragt</translation>
    </message>
    <message>
        <source>Host key</source>
        <translation>Host-Key</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Agent forwarding</source>
        <translation>Agent-Weiterleitung</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>running on %1</source>
        <translation>läuft auf %1</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <source>Stop proxy</source>
        <translation>Proxy stoppen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Favourite ★</source>
        <translation>Favorit ★</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Last refreshed at %1.</source>
        <translation>Zuletzt aktualisiert um %1.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel what is being prepared</source>
        <translation>Abbrechen, was gerade vorbereitet wird</translation>
    </message>
    <message>
        <source>Browse files</source>
        <translation>Dateien durchsuchen</translation>
    </message>
    <message>
        <source>Browse, upload and download the workspace&apos;s files</source>
        <translation>Die Dateien des Arbeitsbereichs durchsuchen, hoch- und herunterladen</translation>
    </message>
    <message>
        <source>Cannot be connected: %1</source>
        <translation>Keine Verbindung möglich: %1</translation>
    </message>
    <message>
        <source>Its entry host runs a shell or a command only: no editor, Files view or proxy port.</source>
        <translation>Sein Eingangshost führt nur eine Shell oder einen Befehl aus: kein Editor, keine Dateiansicht, kein Proxy-Port.</translation>
    </message>
    <message>
        <source>%1, from %2: pinned when you connect</source>
        <translation>%1, von %2: wird beim Verbinden hinterlegt</translation>
    </message>
    <message>
        <source>%1 sent none: connecting refuses until it does</source>
        <translation>%1 hat keinen gesendet: Verbinden wird verweigert, bis er kommt</translation>
    </message>
    <message>
        <source>none yet: %1 issues one when you connect</source>
        <translation>noch keins: %1 stellt beim Verbinden eins aus</translation>
    </message>
    <message>
        <source>Can&apos;t log in?</source>
        <translation>Anmeldung schlägt fehl?</translation>
    </message>
    <message>
        <source>Which key this workspace offers, and why a login may be refused</source>
        <translation>Welchen Schlüssel dieser Arbeitsbereich anbietet und warum eine Anmeldung abgelehnt werden kann</translation>
    </message>
    <message>
        <source>with Keyport&apos;s known_hosts</source>
        <translation>mit der known_hosts von Keyport</translation>
    </message>
    <message>
        <source>Check the host key Keyport pinned and offer the workspace&apos;s key, instead of ssh asking about the host key itself</source>
        <translation>Den von Keyport hinterlegten Host-Key prüfen und den Schlüssel des Arbeitsbereichs anbieten, statt dass ssh selbst nach dem Host-Key fragt</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>%1 (identity &quot;%2&quot;)</source>
        <translation>%1 (Identität „%2“)</translation>
    </message>
</context>
<context>
    <name>keyport::WorkspaceModel</name>
    <message>
        <source>refreshing…</source>
        <translation>wird aktualisiert…</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>aktualisiert um %1</translation>
    </message>
    <message>
        <source>%1, %2%3</source>
        <translation>%1, %2%3</translation>
    </message>
    <message>
        <source>, tags %1</source>
        <translation>, Tags %1</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt verwendet</translation>
    </message>
</context>
<context>
    <name>keyport::WorkspacesPage</name>
    <message>
        <source>Search workspaces (Ctrl+K) — project:  tag:  state:  source:</source>
        <translation>Arbeitsbereiche durchsuchen (Strg+K) — project:  tag:  state:  source:</translation>
    </message>
    <message>
        <source>Search workspaces</source>
        <translation>Arbeitsbereiche durchsuchen</translation>
    </message>
    <message>
        <source>Number of workspaces shown</source>
        <translation>Anzahl der angezeigten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Refresh all</source>
        <translation>Alle aktualisieren</translation>
    </message>
    <message>
        <source>Refresh all sources</source>
        <translation>Alle Quellen aktualisieren</translation>
    </message>
    <message>
        <source>Refresh all sources (F5)</source>
        <translation>Alle Quellen aktualisieren (F5)</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Proxy for %1: %2</source>
        <translation>Proxy für %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Open in VS Code</source>
        <translation>In VS Code öffnen</translation>
    </message>
    <message>
        <source>Open in Cursor</source>
        <translation>In Cursor öffnen</translation>
    </message>
    <message>
        <source>Start proxy</source>
        <translation>Proxy starten</translation>
    </message>
    <message>
        <source>Copy ssh command</source>
        <translation>ssh-Befehl kopieren</translation>
    </message>
    <message>
        <source>Stop proxy</source>
        <translation>Proxy stoppen</translation>
    </message>
    <message>
        <source>Refresh %1</source>
        <translation>%1 aktualisieren</translation>
    </message>
    <message>
        <source>Start workspace</source>
        <translation>Arbeitsbereich starten</translation>
    </message>
    <message>
        <source>Stop workspace</source>
        <translation>Arbeitsbereich stoppen</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Aus den Favoriten entfernen</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Zu den Favoriten hinzufügen</translation>
    </message>
    <message>
        <source>Preparing %1…</source>
        <translation>%1 wird vorbereitet…</translation>
    </message>
    <message>
        <source>Opened a terminal for %1.</source>
        <translation>Terminal für %1 geöffnet.</translation>
    </message>
    <message>
        <source>Opening %1 in %2.</source>
        <translation>%1 wird in %2 geöffnet.</translation>
    </message>
    <message>
        <source>Started %1.</source>
        <translation>%1 gestartet.</translation>
    </message>
    <message>
        <source>Stopped %1.</source>
        <translation>%1 gestoppt.</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <source>Proxy for %1 on %2.</source>
        <translation>Proxy für %1 auf %2.</translation>
    </message>
    <message>
        <source>The files of %1 are open.</source>
        <translation>Die Dateien von %1 sind geöffnet.</translation>
    </message>
    <message>
        <source>Opened the files of %1.</source>
        <translation>Die Dateien von %1 wurden geöffnet.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Open the files</source>
        <translation>Die Dateien öffnen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Browse, upload and download the selected workspace&apos;s files</source>
        <translation>Die Dateien des ausgewählten Arbeitsbereichs durchsuchen, hoch- und herunterladen</translation>
    </message>
    <message>
        <source>Browse files</source>
        <translation>Dateien durchsuchen</translation>
    </message>
    <message>
        <source>Preparing the files of %1…</source>
        <translation>Die Dateien von %1 werden vorbereitet…</translation>
    </message>
    <message>
        <source>Opening the files of %1 was stopped.</source>
        <translation>Das Öffnen der Dateien von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The files of %1 cannot be opened: %2</source>
        <translation>Die Dateien von %1 lassen sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nothing to connect to yet&lt;/h3&gt;Keyport lists the workspaces of your ~/.ssh/config hosts and of the sources you add. Three ways in:</source>
        <translation>&lt;h3&gt;Noch nichts zum Verbinden&lt;/h3&gt;Keyport listet die Arbeitsbereiche der Hosts aus Ihrer ~/.ssh/config und der von Ihnen hinzugefügten Quellen auf. Drei Wege zum Einstieg:</translation>
    </message>
    <message>
        <source>You have no SSH key yet: make one (its passphrase goes into your keychain), or bring one you have.</source>
        <translation>Sie haben noch keinen SSH-Schlüssel: Erzeugen Sie einen (seine Passphrase kommt in Ihren Schlüsselbund), oder bringen Sie einen vorhandenen mit.</translation>
    </message>
    <message>
        <source>Generate a key…</source>
        <translation>Schlüssel erzeugen…</translation>
    </message>
    <message>
        <source>Import a key…</source>
        <translation>Schlüssel importieren…</translation>
    </message>
    <message>
        <source>Add where your workspaces live: a knot server, a JupyterHub, a spaces control plane or Northflank.</source>
        <translation>Fügen Sie hinzu, wo Ihre Arbeitsbereiche liegen: einen knot-Server, einen JupyterHub, eine spaces-Steuerungsebene oder Northflank.</translation>
    </message>
    <message>
        <source>Add a source…</source>
        <translation>Quelle hinzufügen…</translation>
    </message>
    <message>
        <source>Or try Keyport on this machine: the local sandbox is an sshd of your own, with a terminal and the Files view a click away.</source>
        <translation>Oder probieren Sie Keyport auf diesem Rechner aus: Die lokale Sandbox ist Ihr eigener sshd, mit Terminal und Dateiansicht nur einen Klick entfernt.</translation>
    </message>
    <message>
        <source>Try the local sandbox</source>
        <translation>Lokale Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>%1 %2 Next: %3</source>
        <translation>%1 %2 Nächster Schritt: %3</translation>
    </message>
    <message>
        <source>Checking how %1 logs in…</source>
        <translation>Es wird geprüft, wie sich %1 anmeldet…</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Nächster Schritt:</translation>
    </message>
    <message>
        <source>nothing Keyport can see is in the way; `ssh -v %1` shows what the server says.</source>
        <translation>Keyport sieht nichts, was im Weg steht; `ssh -v %1` zeigt, was der Server meldet.</translation>
    </message>
    <message>
        <source>Logging in to %1</source>
        <translation>Anmeldung bei %1</translation>
    </message>
</context>
<context>
    <name>keyport::keylines</name>
    <message>
        <source>No key with fingerprint %1 is registered with %2; `keyport-cli keys registered --source %2` lists them.</source>
        <translation>Bei %2 ist kein Schlüssel mit dem Fingerabdruck %1 registriert; `keyport-cli keys registered --source %2` listet sie auf.</translation>
    </message>
</context>
<context>
    <name>keyport::knotconfig</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>keyport::paths</name>
    <message>
        <source>Cannot create %1: check that your home directory is writable.</source>
        <translation>%1 kann nicht erstellt werden: Prüfen Sie, ob Ihr Home-Verzeichnis beschreibbar ist.</translation>
    </message>
    <message>
        <source>Cannot set permissions 0700 on %1.</source>
        <translation>Die Berechtigungen 0700 können für %1 nicht gesetzt werden.</translation>
    </message>
</context>
<context>
    <name>keyport::sftp</name>
    <message>
        <source>The workspace&apos;s SFTP server sent a message Keyport cannot read.</source>
        <translation>Der SFTP-Server des Arbeitsbereichs hat eine Nachricht gesendet, die Keyport nicht lesen kann.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>end of file</source>
        <translation>Dateiende</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>failed (the disk may be full, or the name taken)</source>
        <translation>fehlgeschlagen (der Datenträger ist vielleicht voll oder der Name vergeben)</translation>
    </message>
    <message>
        <source>the server refused the request (a name too long?)</source>
        <translation>der Server hat die Anfrage abgelehnt (ein zu langer Name?)</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>die Verbindung ist abgebrochen</translation>
    </message>
    <message>
        <source>the server does not support this</source>
        <translation>der Server unterstützt das nicht</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
</context>
<context>
    <name>keyport::workspacesettings</name>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is not allowed.</source>
        <translation>Das Tag „%1“ ist nicht zulässig.</translation>
    </message>
    <message>
        <source>A host named %1 exists already; remove it first.</source>
        <translation>Ein Host namens %1 existiert bereits; entfernen Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>There is no host named %1.</source>
        <translation>Es gibt keinen Host namens %1.</translation>
    </message>
</context>
</TS>
