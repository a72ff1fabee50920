<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>keyport</name>
    <message>
        <source>Not enough space to write %1: free some disk space and try again; nothing was changed.</source>
        <translation>Espace insuffisant pour écrire %1&#xa0;: libérez de l&apos;espace disque et réessayez&#x202f;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot write %1: permission denied.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: permission refusée.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>%1 already exists; Keyport never overwrites a key file.</source>
        <translation>%1 existe déjà&#x202f;; Keyport n&apos;écrase jamais un fichier de clé.</translation>
    </message>
    <message>
        <source>The certificate file is damaged.</source>
        <translation>Le fichier de certificat est endommagé.</translation>
    </message>
    <message>
        <source>The key file is damaged or truncated.</source>
        <translation>Le fichier de clé est endommagé ou tronqué.</translation>
    </message>
    <message>
        <source>Key files holding %1 keys are not supported.</source>
        <translation>Les fichiers de clé contenant %1 clés ne sont pas pris en charge.</translation>
    </message>
    <message>
        <source>The cipher %1 is not available.</source>
        <translation>L&apos;algorithme de chiffrement %1 n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Phrase de passe incorrecte.</translation>
    </message>
    <message>
        <source>This is not a private key file.</source>
        <translation>Ce n&apos;est pas un fichier de clé privée.</translation>
    </message>
    <message>
        <source>This key is protected by a passphrase.</source>
        <translation>Cette clé est protégée par une phrase de passe.</translation>
    </message>
    <message>
        <source>Wrong passphrase (or the key file is damaged).</source>
        <translation>Phrase de passe incorrecte (ou fichier de clé endommagé).</translation>
    </message>
    <message>
        <source>The key is encrypted with %1, which Keyport does not support; re-encrypt it with `ssh-keygen -p -Z aes256-ctr -f FILE`.</source>
        <translation>La clé est chiffrée avec %1, que Keyport ne prend pas en charge&#x202f;; rechiffrez-la avec `ssh-keygen -p -Z aes256-ctr -f FICHIER`.</translation>
    </message>
    <message>
        <source>Unsupported key derivation &quot;%1&quot;.</source>
        <translation>Dérivation de clé «&#xa0;%1&#xa0;» non prise en charge.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file.</source>
        <translation>%1 est trop volumineux pour être un fichier de clé.</translation>
    </message>
    <message>
        <source>The key name is empty.</source>
        <translation>Le nom de la clé est vide.</translation>
    </message>
    <message>
        <source>The key name &quot;%1&quot; contains control characters.</source>
        <translation>Le nom de clé «&#xa0;%1&#xa0;» contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de fichier.</translation>
    </message>
    <message>
        <source>The key name &quot;%1&quot; is not allowed: use letters, digits and . _ @ + - (no spaces, not starting with . or -).</source>
        <translation>Le nom de clé «&#xa0;%1&#xa0;» n&apos;est pas autorisé&#xa0;: utilisez des lettres, des chiffres et . _ @ + - (sans espaces, sans commencer par . ou -).</translation>
    </message>
    <message>
        <source>A key name must not end in .pub; that name is for the public half.</source>
        <translation>Un nom de clé ne doit pas se terminer par .pub&#x202f;; ce nom est réservé à la partie publique.</translation>
    </message>
    <message>
        <source>The private key is damaged or not a key.</source>
        <translation>La clé privée est endommagée ou n&apos;est pas une clé.</translation>
    </message>
    <message>
        <source>This is not a valid SSH public key.</source>
        <translation>Ce n&apos;est pas une clé publique SSH valide.</translation>
    </message>
    <message>
        <source>Unknown editor &quot;%1&quot;: use code, cursor or codium.</source>
        <translation>Éditeur «&#xa0;%1&#xa0;» inconnu&#xa0;: utilisez code, cursor ou codium.</translation>
    </message>
    <message>
        <source>%1 is not installed (not on PATH nor in the usual places). Install it, or put its `%1` command on PATH.</source>
        <translation>%1 n&apos;est pas installé (ni dans le PATH ni aux emplacements habituels). Installez-le, ou ajoutez sa commande `%1` au PATH.</translation>
    </message>
    <message>
        <source>The terminal command template is empty.</source>
        <translation>Le modèle de commande du terminal est vide.</translation>
    </message>
    <message>
        <source>The terminal command template must contain {command}.</source>
        <translation>Le modèle de commande du terminal doit contenir {command}.</translation>
    </message>
    <message>
        <source>Cannot start %1.</source>
        <translation>Impossible de lancer %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IP.</translation>
    </message>
    <message>
        <source>Refusing to bind %1: the proxy listens on loopback addresses only (127.x.y.z or ::1), so nobody else on the network can use your workspace.</source>
        <translation>Refus d&apos;écouter sur %1&#xa0;: le proxy n&apos;écoute que sur des adresses de bouclage (127.x.y.z ou ::1), afin que personne d&apos;autre sur le réseau ne puisse utiliser votre espace de travail.</translation>
    </message>
    <message>
        <source>knot cannot start %1 now (423): it is already running, starting or being deleted, or a space it depends on is not running.</source>
        <translation>knot ne peut pas démarrer %1 maintenant (423)&#xa0;: il est déjà en marche, en cours de démarrage ou de suppression, ou un espace dont il dépend n&apos;est pas en marche.</translation>
    </message>
    <message>
        <source>knot cannot stop %1 (423): it is not running.</source>
        <translation>knot ne peut pas arrêter %1 (423)&#xa0;: il n&apos;est pas en marche.</translation>
    </message>
    <message>
        <source>knot does not know the space %1 (404).</source>
        <translation>knot ne connaît pas l&apos;espace %1 (404).</translation>
    </message>
    <message>
        <source>%1 belongs to another knot zone (406).</source>
        <translation>%1 appartient à une autre zone knot (406).</translation>
    </message>
    <message>
        <source>Starting %1 would exceed your knot quota (507).</source>
        <translation>Démarrer %1 dépasserait votre quota knot (507).</translation>
    </message>
    <message>
        <source>%1 is outside its template&apos;s schedule (503).</source>
        <translation>%1 est en dehors de la plage horaire de son modèle (503).</translation>
    </message>
    <message>
        <source>You may not do that to %1 (403).</source>
        <translation>Vous n&apos;avez pas le droit d&apos;effectuer cette action sur %1 (403).</translation>
    </message>
    <message>
        <source>knot answered %1.</source>
        <translation>knot a répondu %1.</translation>
    </message>
    <message>
        <source>Workspace %1: %2 &quot;%3&quot; cannot be written to an ssh config (quotes, %, or control characters).</source>
        <translation>Espace de travail %1&#xa0;: %2 «&#xa0;%3&#xa0;» ne peut pas être écrit dans une configuration ssh (guillemets, % ou caractères de contrôle).</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>contains whitespace</source>
        <translation>contient des espaces</translation>
    </message>
    <message>
        <source>contains quotes or backslashes</source>
        <translation>contient des guillemets ou des barres obliques inverses</translation>
    </message>
    <message>
        <source>contains #, % or =</source>
        <translation>contient #, % ou =</translation>
    </message>
    <message>
        <source>starts with -</source>
        <translation>commence par -</translation>
    </message>
    <message>
        <source>Workspace %1: the %2 &quot;%3&quot; %4, which would change the meaning of the ssh config; it was left out.</source>
        <translation>Espace de travail %1&#xa0;: %2 «&#xa0;%3&#xa0;» %4, ce qui changerait le sens de la configuration ssh&#x202f;; il a été omis.</translation>
    </message>
    <message>
        <source>Workspace %1: the name may only hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; to be an ssh host alias; it was left out.</source>
        <translation>Espace de travail %1&#xa0;: pour servir d&apos;alias d&apos;hôte ssh, le nom ne peut contenir que des lettres, des chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;&#x202f;; il a été omis.</translation>
    </message>
    <message>
        <source>The source name &quot;%1&quot; is not allowed: start with a letter; use letters, digits, _ and - (it becomes the first part of workspace names and ssh aliases).</source>
        <translation>Le nom de source «&#xa0;%1&#xa0;» n&apos;est pas autorisé&#xa0;: commencez par une lettre&#x202f;; utilisez des lettres, des chiffres, _ et - (il devient la première partie des noms d&apos;espaces de travail et des alias ssh).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Keyport has not changed it: fix it, or move it aside to start that file afresh.</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2. Keyport ne l&apos;a pas modifié&#x202f;; corrigez-le, ou mettez-le de côté pour repartir de zéro avec ce fichier.</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1 cannot be opened; Keyport has not changed it. Check its permissions.</source>
        <translation>%1 ne peut pas être ouvert&#x202f;; Keyport ne l&apos;a pas modifié. Vérifiez ses droits d&apos;accès.</translation>
    </message>
    <message>
        <source>%1 at line %2, column %3</source>
        <translation>%1 à la ligne %2, colonne %3</translation>
    </message>
    <message>
        <source>it holds JSON, but not an object</source>
        <translation>il contient du JSON, mais pas un objet</translation>
    </message>
    <message>
        <source>Cannot move %1 aside to %2.</source>
        <translation>Impossible de déplacer %1 vers %2.</translation>
    </message>
    <message>
        <source>No terminal program was found. Choose one, or a custom command, in Settings.</source>
        <translation>Aucun programme de terminal n&apos;a été trouvé. Choisissez-en un, ou une commande personnalisée, dans les Paramètres.</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>un périphérique en mode caractère</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>un périphérique en mode bloc</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it was not read.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire, il n&apos;a donc pas été lu.</translation>
    </message>
    <message>
        <source>%1 is %2, not a regular file, so it was not read.</source>
        <translation>%1 est %2, pas un fichier ordinaire, il n&apos;a donc pas été lu.</translation>
    </message>
    <message>
        <source>Cannot read %1: permission denied.</source>
        <translation>Impossible de lire %1&#xa0;: accès refusé.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, so it was not read.</source>
        <translation>%1 dépasse %2 Mio, il n&apos;a donc pas été lu.</translation>
    </message>
</context>
<context>
    <name>keyport::AddIdentityJob</name>
    <message>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>The public key of %1 is unknown (no .pub file).</source>
        <translation>La clé publique de %1 est inconnue (pas de fichier .pub).</translation>
    </message>
    <message>
        <source>Creating the SSH identity %1 on %2…</source>
        <translation>Création de l&apos;identité SSH %1 sur %2…</translation>
    </message>
    <message>
        <source>There is an identity &quot;%1&quot; already: remove it first (keyport-cli identities remove &quot;%1&quot;%2).</source>
        <translation>Une identité «&#xa0;%1&#xa0;» existe déjà&#xa0;: supprimez-la d&apos;abord (keyport-cli identities remove &quot;%1&quot;%2).</translation>
    </message>
</context>
<context>
    <name>keyport::AddSourceJob</name>
    <message>
        <source>Paste the token first; nothing was added.</source>
        <translation>Collez d&apos;abord le jeton&#x202f;; rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>A source named %1 exists already; remove it first.</source>
        <translation>Une source nommée %1 existe déjà&#x202f;; supprimez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Unknown source kind %1.</source>
        <translation>Type de source %1 inconnu.</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>Échec de l&apos;ajout de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was not added: its token could not be stored: %2</source>
        <translation>Échec de l&apos;ajout de %1&#xa0;: son jeton n&apos;a pas pu être enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
</context>
<context>
    <name>keyport::AddToAgentJob</name>
    <message>
        <source>No ssh-agent is running (SSH_AUTH_SOCK is not set). Start one, or log in to a desktop session that provides it.</source>
        <translation>Aucun ssh-agent n&apos;est lancé (SSH_AUTH_SOCK n&apos;est pas défini). Lancez-en un, ou ouvrez une session de bureau qui en fournit un.</translation>
    </message>
    <message>
        <source>Unlocking %1…</source>
        <translation>Déverrouillage de %1…</translation>
    </message>
</context>
<context>
    <name>keyport::AgentClient</name>
    <message>
        <source>No ssh-agent: SSH_AUTH_SOCK is not set. Start one with `eval &quot;$(ssh-agent -s)&quot;` or use a desktop session that provides one.</source>
        <translation>Pas de ssh-agent&#xa0;: SSH_AUTH_SOCK n&apos;est pas défini. Lancez-en un avec `eval &quot;$(ssh-agent -s)&quot;` ou utilisez une session de bureau qui en fournit un.</translation>
    </message>
    <message>
        <source>The ssh-agent at %1 did not answer within %2 s; it may be hung. Restart it (for example `eval &quot;$(ssh-agent -s)&quot;`) and try again.</source>
        <translation>Le ssh-agent à l&apos;adresse %1 n&apos;a pas répondu en %2 s&#x202f;; il est peut-être bloqué. Redémarrez-le (par exemple avec `eval &quot;$(ssh-agent -s)&quot;`) et réessayez.</translation>
    </message>
    <message>
        <source>Cannot reach the ssh-agent at %1: it is not running or the socket is stale. Start a new agent and update SSH_AUTH_SOCK.</source>
        <translation>Impossible de joindre le ssh-agent à l&apos;adresse %1&#xa0;: il n&apos;est pas lancé ou le socket est périmé. Lancez un nouvel agent et mettez à jour SSH_AUTH_SOCK.</translation>
    </message>
    <message>
        <source>Lost the connection to the ssh-agent.</source>
        <translation>La connexion au ssh-agent a été perdue.</translation>
    </message>
    <message>
        <source>The ssh-agent closed the connection without answering.</source>
        <translation>Le ssh-agent a fermé la connexion sans répondre.</translation>
    </message>
    <message>
        <source>The ssh-agent sent an invalid reply.</source>
        <translation>Le ssh-agent a envoyé une réponse invalide.</translation>
    </message>
    <message>
        <source>The ssh-agent sent an unexpected reply.</source>
        <translation>Le ssh-agent a envoyé une réponse inattendue.</translation>
    </message>
    <message>
        <source>The ssh-agent refused to list its keys.</source>
        <translation>Le ssh-agent a refusé de lister ses clés.</translation>
    </message>
    <message>
        <source>The ssh-agent sent a truncated key list.</source>
        <translation>Le ssh-agent a envoyé une liste de clés tronquée.</translation>
    </message>
    <message>
        <source>a lifetime of %1 s</source>
        <translation>une durée de vie de %1 s</translation>
    </message>
    <message>
        <source>confirmation on each use</source>
        <translation>une confirmation à chaque utilisation</translation>
    </message>
    <message>
        <source>The ssh-agent refused the key with %1. Some agents (gnome-keyring, older Pageant) do not support constraints: use OpenSSH&apos;s ssh-agent, or add the key without them.</source>
        <translation>Le ssh-agent a refusé la clé avec %1. Certains agents (gnome-keyring, anciennes versions de Pageant) ne prennent pas en charge les contraintes&#xa0;: utilisez le ssh-agent d&apos;OpenSSH, ou ajoutez la clé sans contraintes.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>The ssh-agent refused the key (is the agent locked?).</source>
        <translation>Le ssh-agent a refusé la clé (l&apos;agent est-il verrouillé ?).</translation>
    </message>
    <message>
        <source>That key is not in the ssh-agent.</source>
        <translation>Cette clé n&apos;est pas dans le ssh-agent.</translation>
    </message>
    <message>
        <source>The ssh-agent refused to remove its keys (is it locked?).</source>
        <translation>Le ssh-agent a refusé de retirer ses clés (est-il verrouillé ?).</translation>
    </message>
    <message>
        <source>The lock password must not be empty.</source>
        <translation>Le mot de passe de verrouillage ne doit pas être vide.</translation>
    </message>
    <message>
        <source>The ssh-agent refused to lock (is it already locked?).</source>
        <translation>Le ssh-agent a refusé de se verrouiller (est-il déjà verrouillé ?).</translation>
    </message>
    <message>
        <source>The ssh-agent refused to unlock: wrong password, or it is not locked.</source>
        <translation>Le ssh-agent a refusé de se déverrouiller&#xa0;: mot de passe incorrect, ou il n&apos;est pas verrouillé.</translation>
    </message>
    <message>
        <source>The certificate is for another key.</source>
        <translation>Le certificat appartient à une autre clé.</translation>
    </message>
    <message>
        <source>Keyport cannot add certificates of this key type to the agent.</source>
        <translation>Keyport ne peut pas ajouter à l&apos;agent des certificats de ce type de clé.</translation>
    </message>
    <message>
        <source>certificate %1 of %2</source>
        <translation>certificat %1 de %2</translation>
    </message>
</context>
<context>
    <name>keyport::AppContext</name>
    <message>
        <source>Passphrase for %1</source>
        <translation>Phrase de passe pour %1</translation>
    </message>
    <message>
        <source>Enter the passphrase of %1:</source>
        <translation>Saisissez la phrase de passe de %1&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
</context>
<context>
    <name>keyport::Certificate</name>
    <message>
        <source>not yet valid</source>
        <translation>pas encore valide</translation>
    </message>
    <message>
        <source>valid forever</source>
        <translation>valide sans limite</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>expiré depuis %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 restant</translation>
    </message>
    <message>
        <source>for any user</source>
        <translation>pour tout utilisateur</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>pour %1</translation>
    </message>
    <message>
        <source>serial %1</source>
        <translation>numéro de série %1</translation>
    </message>
    <message>
        <source>valid %1 to %2</source>
        <translation>valide de %1 à %2</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>valide jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>valid from %1</source>
        <translation>valide à partir de %1</translation>
    </message>
</context>
<context>
    <name>keyport::CertificateJob</name>
    <message>
        <source>%1 does not log in with certificates from its source.</source>
        <translation>%1 ne se connecte pas avec des certificats de sa source.</translation>
    </message>
    <message>
        <source>%1 needs its own key %2, which cannot be made: %3</source>
        <translation>%1 a besoin de sa propre clé %2, qui ne peut pas être générée&#xa0;: %3</translation>
    </message>
    <message>
        <source>Made the key %1 for %2.</source>
        <translation>Clé %1 générée pour %2.</translation>
    </message>
    <message>
        <source>%1 needs a certificate for its key %2, but the key cannot be read.</source>
        <translation>%1 a besoin d&apos;un certificat pour sa clé %2, mais la clé ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The source %1 is gone.</source>
        <translation>La source %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Checking that %1 knows the key…</source>
        <translation>Vérification que %1 connaît la clé…</translation>
    </message>
    <message>
        <source>Registering the key with %1…</source>
        <translation>Enregistrement de la clé auprès de %1…</translation>
    </message>
    <message>
        <source>Registered the key %1 with %2.</source>
        <translation>Clé %1 enregistrée auprès de %2.</translation>
    </message>
    <message>
        <source>Getting a certificate from %1…</source>
        <translation>Obtention d&apos;un certificat auprès de %1…</translation>
    </message>
    <message>
        <source>%1 did not issue a certificate: %2</source>
        <translation>%1 n&apos;a pas délivré de certificat&#xa0;: %2</translation>
    </message>
    <message>
        <source>The key %1 was not added to the agent with its certificate (%2).</source>
        <translation>La clé %1 n&apos;a pas été ajoutée à l&apos;agent avec son certificat (%2).</translation>
    </message>
</context>
<context>
    <name>keyport::ChangePassphraseJob</name>
    <message>
        <source>Wrong passphrase for %1; nothing was changed.</source>
        <translation>Phrase de passe incorrecte pour %1&#x202f;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed, but the keychain still holds the old one: %2 Store the new one with `keyport-cli keys remember %1`.</source>
        <translation>La phrase de passe de %1 a été changée, mais le trousseau contient encore l&apos;ancienne&#xa0;: %2 Enregistrez la nouvelle avec `keyport-cli keys remember %1`.</translation>
    </message>
</context>
<context>
    <name>keyport::ConflictDialog</name>
    <message>
        <source>%1, modified %2</source>
        <translation>%1, modifié le %2</translation>
    </message>
    <message>
        <source>%1 is there already</source>
        <translation>%1 existe déjà</translation>
    </message>
    <message>
        <source>Part of %1 is there already</source>
        <translation>Une partie de %1 existe déjà</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; exists %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; existe déjà %2.</translation>
    </message>
    <message>
        <source>in this folder</source>
        <translation>dans ce dossier</translation>
    </message>
    <message>
        <source>on the workspace</source>
        <translation>sur l’espace de travail</translation>
    </message>
    <message>
        <source>An earlier copy of &lt;b&gt;%1&lt;/b&gt; stopped after %2.</source>
        <translation>Une copie précédente de &lt;b&gt;%1&lt;/b&gt; s’est arrêtée après %2.</translation>
    </message>
    <message>
        <source>Copying: %1</source>
        <translation>À copier&#xa0;: %1</translation>
    </message>
    <message>
        <source>There: %1</source>
        <translation>Existant&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Continue from what arrived (after checking it still matches)</source>
        <translation>Continuer à partir de ce qui est arrivé (après avoir vérifié que cela correspond toujours)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>R&amp;emplacer</translation>
    </message>
    <message>
        <source>Replace it with the copy</source>
        <translation>Le remplacer par la copie</translation>
    </message>
    <message>
        <source>Replace if &amp;newer</source>
        <translation>Remplacer si plus ré&amp;cent</translation>
    </message>
    <message>
        <source>Replace it only when the copy is newer</source>
        <translation>Le remplacer seulement si la copie est plus récente</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Garder les deux</translation>
    </message>
    <message>
        <source>Copy as &quot;%1&quot;</source>
        <translation>Copier sous «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>Recommencer depuis le &amp;début</translation>
    </message>
    <message>
        <source>Copy it again from the start</source>
        <translation>Le copier à nouveau depuis le début</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Leave it as it is</source>
        <translation>Le laisser tel quel</translation>
    </message>
    <message>
        <source>Stop copying</source>
        <translation>Arrêter la copie</translation>
    </message>
    <message>
        <source>Stop the whole copy</source>
        <translation>Arrêter toute la copie</translation>
    </message>
    <message>
        <source>Do the &amp;same for the rest of this copy</source>
        <translation>Faire de &amp;même pour le reste de cette copie</translation>
    </message>
</context>
<context>
    <name>keyport::DialogQuestions</name>
    <message>
        <source>Start %1?</source>
        <translation>Démarrer %1&#x202f;?</translation>
    </message>
    <message>
        <source>%1 is stopped. Start it now?</source>
        <translation>%1 est arrêté. Le démarrer maintenant&#x202f;?</translation>
    </message>
    <message>
        <source>Add Keyport&apos;s hosts to your ssh config?</source>
        <translation>Ajouter les hôtes de Keyport à votre configuration ssh&#x202f;?</translation>
    </message>
    <message>
        <source>Editors find %1 through ~/.ssh/config. Keyport will add one line at its top:

%2

Remove it any time in Settings.</source>
        <translation>Les éditeurs trouvent %1 via ~/.ssh/config. Keyport ajoutera une ligne en tête de ce fichier&#xa0;:

%2

Vous pourrez la retirer à tout moment dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>keyport::ErrorBanner</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Afficher les détails</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copier le message</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Open the file in its default application</source>
        <translation>Ouvrir le fichier dans son application par défaut</translation>
    </message>
    <message>
        <source>Move it aside and start afresh</source>
        <translation>Mettre de côté et repartir de zéro</translation>
    </message>
    <message>
        <source>Move the file aside and start it afresh</source>
        <translation>Mettre le fichier de côté et le recommencer de zéro</translation>
    </message>
    <message>
        <source>Moved %1 aside to %2, where nothing of it is lost; Keyport starts that file afresh.</source>
        <translation>%1 a été déplacé vers %2, où rien ne s’en perd&#x202f;; Keyport repart de zéro avec ce fichier.</translation>
    </message>
</context>
<context>
    <name>keyport::ExplainLoginJob</name>
    <message>
        <source>%1 is a host of your own ~/.ssh/config: its IdentityFile lines there decide which key it offers.</source>
        <translation>%1 est un hôte de votre propre ~/.ssh/config&#xa0;: ce sont ses lignes IdentityFile qui y déterminent la clé qu&apos;il propose.</translation>
    </message>
    <message>
        <source>Check the Host %1 block of ~/.ssh/config; `ssh -v %1` shows each key it offers.</source>
        <translation>Vérifiez le bloc Host %1 de ~/.ssh/config&#x202f;; `ssh -v %1` affiche chaque clé qu&apos;il propose.</translation>
    </message>
    <message>
        <source>its own setting (keyport-cli workspaces set)</source>
        <translation>son propre réglage (keyport-cli workspaces set)</translation>
    </message>
    <message>
        <source>Keyport&apos;s identity &quot;%1&quot; (%2)</source>
        <translation>l&apos;identité Keyport «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>the key of source %1</source>
        <translation>la clé de la source %1</translation>
    </message>
    <message>
        <source>what source %1 says</source>
        <translation>les indications de la source %1</translation>
    </message>
    <message>
        <source>%1 offers no key of its own, so ssh tries every key in the agent and in ~/.ssh, and a server stops after a few (MaxAuthTries): &quot;Too many authentication failures&quot;.</source>
        <translation>%1 ne propose aucune clé qui lui soit propre, donc ssh essaie toutes les clés de l&apos;agent et de ~/.ssh, et un serveur abandonne au bout de quelques-unes (MaxAuthTries)&#xa0;: «&#xa0;Too many authentication failures&#xa0;».</translation>
    </message>
    <message>
        <source>Give it the key it needs: `keyport-cli identities add NAME --key KEY%1` (or `keyport-cli workspaces set %2 --key KEY`).</source>
        <translation>Donnez-lui la clé dont il a besoin&#xa0;: `keyport-cli identities add NAME --key KEY%1` (ou `keyport-cli workspaces set %2 --key KEY`).</translation>
    </message>
    <message>
        <source>%1 offers %2 (%3), which Keyport cannot read: %4</source>
        <translation>%1 propose %2 (%3), que Keyport ne peut pas lire&#xa0;: %4</translation>
    </message>
    <message>
        <source>no public key</source>
        <translation>pas de clé publique</translation>
    </message>
    <message>
        <source>Choose a key that exists: `keyport-cli workspaces set %1 --key KEY`.</source>
        <translation>Choisissez une clé existante&#xa0;: `keyport-cli workspaces set %1 --key KEY`.</translation>
    </message>
    <message>
        <source>%1 offers only %2 (%3), chosen by %4.</source>
        <translation>%1 ne propose que %2 (%3), choisie par %4.</translation>
    </message>
    <message>
        <source>Keyport could not read the SSH identities of %1: %2</source>
        <translation>Keyport n&apos;a pas pu lire les identités SSH de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>your key</source>
        <translation>votre clé</translation>
    </message>
    <message>
        <source>%1 is in the SSH identity &quot;%2&quot; of %3, which admits %4.</source>
        <translation>%1 figure dans l&apos;identité SSH «&#xa0;%2&#xa0;» de %3, qui admet %4.</translation>
    </message>
    <message>
        <source>Widen that identity&apos;s restrictions in Northflank, or add one that admits %1: `keyport-cli identities add NAME --key %2 --source %3 --project %4`.</source>
        <translation>Élargissez les restrictions de cette identité dans Northflank, ou ajoutez-en une qui admet %1&#xa0;: `keyport-cli identities add NAME --key %2 --source %3 --project %4`.</translation>
    </message>
    <message>
        <source>%1 is in none of the SSH identities of %2, so %3 refuses it.</source>
        <translation>%1 ne figure dans aucune des identités SSH de %2, donc %3 la refuse.</translation>
    </message>
    <message>
        <source>Add it: `keyport-cli identities add NAME --key %1 --source %2`.</source>
        <translation>Ajoutez-la&#xa0;: `keyport-cli identities add NAME --key %1 --source %2`.</translation>
    </message>
    <message>
        <source>Keyport could not read the keys %1 knows: %2</source>
        <translation>Keyport n&apos;a pas pu lire les clés que connaît %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is registered with %2.</source>
        <translation>%1 est enregistrée auprès de %2.</translation>
    </message>
    <message>
        <source>%1 is not registered with %2.</source>
        <translation>%1 n&apos;est pas enregistrée auprès de %2.</translation>
    </message>
    <message>
        <source>Register it: `keyport-cli keys register %1 --source %2`.</source>
        <translation>Enregistrez-la&#xa0;: `keyport-cli keys register %1 --source %2`.</translation>
    </message>
    <message>
        <source>Keyport cannot see which keys the server of %1 accepts (its ~/.ssh/authorized_keys).</source>
        <translation>Keyport ne peut pas voir quelles clés le serveur de %1 accepte (son ~/.ssh/authorized_keys).</translation>
    </message>
    <message>
        <source>Make sure the server&apos;s ~/.ssh/authorized_keys holds %1 (`ssh-copy-id -i %2 %3` adds it).</source>
        <translation>Assurez-vous que le ~/.ssh/authorized_keys du serveur contient %1 (`ssh-copy-id -i %2 %3` l&apos;y ajoute).</translation>
    </message>
    <message>
        <source>%1 is in the agent.</source>
        <translation>%1 est dans l&apos;agent.</translation>
    </message>
    <message>
        <source>%1 is not in the agent; ssh reads the file itself (it has no passphrase).</source>
        <translation>%1 n&apos;est pas dans l&apos;agent&#x202f;; ssh lit le fichier lui-même (la clé n&apos;a pas de phrase de passe).</translation>
    </message>
    <message>
        <source>%1 has a passphrase and no agent answers%2, so ssh can only ask for it at a terminal.</source>
        <translation>%1 a une phrase de passe et aucun agent ne répond%2, donc ssh ne peut la demander que dans un terminal.</translation>
    </message>
    <message>
        <source>Start an agent (`eval $(ssh-agent)`) and add the key: `keyport-cli agent add %1`.</source>
        <translation>Lancez un agent (`eval $(ssh-agent)`) et ajoutez-y la clé&#xa0;: `keyport-cli agent add %1`.</translation>
    </message>
    <message>
        <source>%1 has a passphrase and is not in the agent, so nothing that runs without a terminal (an editor, the Files view) can use it.</source>
        <translation>%1 a une phrase de passe et n&apos;est pas dans l&apos;agent, donc rien de ce qui s&apos;exécute sans terminal (un éditeur, la vue Fichiers) ne peut l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Add it: `keyport-cli agent add %1`.</source>
        <translation>Ajoutez-la&#xa0;: `keyport-cli agent add %1`.</translation>
    </message>
    <message>
        <source>%1 has no certificate yet.</source>
        <translation>%1 n&apos;a pas encore de certificat.</translation>
    </message>
    <message>
        <source>Get one: `keyport-cli certificate %1`.</source>
        <translation>Obtenez-en un&#xa0;: `keyport-cli certificate %1`.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid: %2.</source>
        <translation>Le certificat de %1 n&apos;est pas valide&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Renew it: `keyport-cli certificate %1` (connecting renews it, too).</source>
        <translation>Renouvelez-le&#xa0;: `keyport-cli certificate %1` (la connexion le renouvelle aussi).</translation>
    </message>
    <message>
        <source>The certificate of %1: %2.</source>
        <translation>Certificat de %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>the SSH identity &quot;%1&quot; of %2, the first that admits %3 and holds a key of yours</source>
        <translation>l’identité SSH «&#xa0;%1&#xa0;» de %2, la première qui admet %3 et contient une de vos clés</translation>
    </message>
</context>
<context>
    <name>keyport::FilesDragOffer</name>
    <message>
        <source>The workspace is not connected: nothing was downloaded.</source>
        <translation>L’espace de travail n’est pas connecté&#xa0;: rien n’a été téléchargé.</translation>
    </message>
    <message>
        <source>Downloading %1 to %2</source>
        <translation>Téléchargement de %1 vers %2</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n item(s) to %1</source>
        <translation>
            <numerusform>Téléchargement de %n élément vers %1</numerusform>
            <numerusform>Téléchargement de %n éléments vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyport downloads into a folder of this computer only, not into %1.</source>
        <translation>Keyport ne télécharge que dans un dossier de cet ordinateur, pas dans %1.</translation>
    </message>
    <message>
        <source>These items were handed over already: drag them again.</source>
        <translation>Ces éléments ont déjà été remis&#xa0;: faites-les glisser à nouveau.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n’est pas un dossier.</translation>
    </message>
    <message>
        <source>%1 cannot be written to.</source>
        <translation>Impossible d’écrire dans %1.</translation>
    </message>
    <message>
        <source>The drop target named no file to save to.</source>
        <translation>La cible du dépôt n’a indiqué aucun fichier où enregistrer.</translation>
    </message>
    <message>
        <source>The drop target named no file to save to (%1).</source>
        <translation>La cible du dépôt n’a indiqué aucun fichier où enregistrer (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be fetched for the drop: %2</source>
        <translation>Impossible de récupérer %1 pour le dépôt&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is still being fetched: drop it again when its transfer is done.</source>
        <translation>%1 est encore en cours de récupération&#xa0;: déposez-le à nouveau une fois son transfert terminé.</translation>
    </message>
</context>
<context>
    <name>keyport::FilesDragOut</name>
    <message>
        <source>%1 cannot be made.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>Fetching %1 for the drop</source>
        <translation>Récupération de %1 pour le dépôt</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n item(s) for the drop</source>
        <translation>
            <numerusform>Récupération de %n élément pour le dépôt</numerusform>
            <numerusform>Récupération de %n éléments pour le dépôt</numerusform>
        </translation>
    </message>
    <message>
        <source>The staging folder cannot be made: %1</source>
        <translation>Impossible de créer le dossier intermédiaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>The workspace is not connected.</source>
        <translation>L’espace de travail n’est pas connecté.</translation>
    </message>
</context>
<context>
    <name>keyport::FilesView</name>
    <message>
        <source>Up one folder</source>
        <translation>Remonter d’un dossier</translation>
    </message>
    <message>
        <source>Home folder</source>
        <translation>Dossier personnel</translation>
    </message>
    <message>
        <source>Folder on the workspace</source>
        <translation>Dossier sur l’espace de travail</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Actualiser (F5)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>Téléverser…</translation>
    </message>
    <message>
        <source>Upload files into this folder (or drop them here)</source>
        <translation>Téléverser des fichiers dans ce dossier (ou les déposer ici)</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <source>Download the selected files and folders to a folder of this computer</source>
        <translation>Télécharger les fichiers et dossiers sélectionnés dans un dossier de cet ordinateur</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>The files of %1 cannot be reached: %2</source>
        <translation>Les fichiers de %1 sont inaccessibles : %2</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Opening the files of %1…</source>
        <translation>Ouverture des fichiers de %1…</translation>
    </message>
    <message>
        <source>Listing %1…</source>
        <translation>Liste de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Uploading %1 to %2</source>
        <translation>Téléversement de %1 vers %2</translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n item(s) to %1</source>
        <translation>
            <numerusform>Téléversement de %n élément vers %1</numerusform>
            <numerusform>Téléversement de %n éléments vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the files or folders to download first.</source>
        <translation>Sélectionnez d’abord les fichiers ou dossiers à télécharger.</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n item(s) to %1</source>
        <translation>
            <numerusform>Téléchargement de %n élément vers %1</numerusform>
            <numerusform>Téléchargement de %n éléments vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload to %1</source>
        <translation>Téléverser vers %1</translation>
    </message>
    <message>
        <source>Download to</source>
        <translation>Télécharger vers</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a folder name.</source>
        <translation>« %1 » ne peut pas être un nom de dossier.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Link to</source>
        <translation>Lien vers</translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation>Lien vers %1</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>Owner %1, group %2</source>
        <translation>Propriétaire %1, groupe %2</translation>
    </message>
    <message>
        <source>Click a folder to go there; click here or press Ctrl+L to type a location</source>
        <translation>Cliquez sur un dossier pour y aller&#x202f;; cliquez ici ou appuyez sur Ctrl+L pour saisir un emplacement</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Dossier personnel</translation>
    </message>
    <message>
        <source>Up one folder (Alt+Up, Backspace)</source>
        <translation>Remonter d’un dossier (Alt+Haut, Retour arrière)</translation>
    </message>
    <message>
        <source>The remote home folder (Alt+Home)</source>
        <translation>Le dossier personnel sur l’espace de travail (Alt+Début)</translation>
    </message>
    <message>
        <source>A folder: /path, ~/path, or a path in the one shown</source>
        <translation>Un dossier&#xa0;: /chemin, ~/chemin, ou un chemin dans celui affiché</translation>
    </message>
    <message>
        <source>Show hidden files</source>
        <translation>Afficher les fichiers cachés</translation>
    </message>
    <message>
        <source>Open links to folders as folders</source>
        <translation>Ouvrir les liens vers des dossiers comme des dossiers</translation>
    </message>
    <message>
        <source>A link to a folder opens like the folder; sizes and dates are its target&apos;s</source>
        <translation>Un lien vers un dossier s’ouvre comme le dossier&#x202f;; tailles et dates sont celles de sa cible</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>View options</source>
        <translation>Options d’affichage</translation>
    </message>
    <message>
        <source>Hidden files, links</source>
        <translation>Fichiers cachés, liens</translation>
    </message>
    <message>
        <source>New folder (Ctrl+Shift+N)</source>
        <translation>Nouveau dossier (Ctrl+Maj+N)</translation>
    </message>
    <message numerus="yes">
        <source>%n hidden (Ctrl+H shows them)</source>
        <translation>
            <numerusform>%n caché (Ctrl+H l’affiche)</numerusform>
            <numerusform>%n cachés (Ctrl+H les affiche)</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1…</source>
        <translation>Affichage de %1…</translation>
    </message>
    <message>
        <source>%1 is a link to the folder %2: &quot;Open link&quot; in its menu opens it, or View ▸ Open links to folders as folders.</source>
        <translation>%1 est un lien vers le dossier %2&#xa0;: «&#xa0;Ouvrir le lien&#xa0;» dans son menu l’ouvre, ou Affichage ▸ Ouvrir les liens vers des dossiers comme des dossiers.</translation>
    </message>
    <message>
        <source>%1 is not a file Keyport can open.</source>
        <translation>%1 n’est pas un fichier que Keyport peut ouvrir.</translation>
    </message>
    <message>
        <source>Downloading %1 to open it…</source>
        <translation>Téléchargement de %1 pour l’ouvrir…</translation>
    </message>
    <message>
        <source>No application here opens %1. Its copy is %2.</source>
        <translation>Aucune application de cet ordinateur n’ouvre %1. Sa copie se trouve sous %2.</translation>
    </message>
    <message>
        <source>Opened %1 on this computer. When you save it there, Keyport offers to upload it.</source>
        <translation>%1 a été ouvert sur cet ordinateur. Quand vous l’y enregistrez, Keyport propose de le téléverser.</translation>
    </message>
    <message>
        <source>Upload the changes?</source>
        <translation>Téléverser les modifications&#x202f;?</translation>
    </message>
    <message>
        <source>Upload the changed %1 to %2?</source>
        <translation>Téléverser %1 modifié vers %2&#x202f;?</translation>
    </message>
    <message>
        <source>It replaces %1 on the workspace.</source>
        <translation>Il remplace %1 sur l’espace de travail.</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Téléverser</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>%1 was not uploaded; saving it again asks again.</source>
        <translation>%1 n’a pas été téléversé&#x202f;; l’enregistrer à nouveau reposera la question.</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>Téléversement de %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a name: no &quot;/&quot;, control characters, &quot;.&quot; or &quot;..&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être un nom&#xa0;: pas de «&#xa0;/&#xa0;» ni de caractères de contrôle, ni «&#xa0;.&#xa0;» ou «&#xa0;..&#xa0;».</translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation>%1 renommé en %2.</translation>
    </message>
    <message>
        <source>Delete the folder %1 and everything in it?</source>
        <translation>Supprimer le dossier %1 et tout son contenu&#x202f;?</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Supprimer %1&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s), folders with everything in them?</source>
        <translation>
            <numerusform>Supprimer %n élément, les dossiers avec tout leur contenu&#x202f;?</numerusform>
            <numerusform>Supprimer %n éléments, les dossiers avec tout leur contenu&#x202f;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)?</source>
        <translation>
            <numerusform>Supprimer %n élément&#x202f;?</numerusform>
            <numerusform>Supprimer %n éléments&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete from the workspace</source>
        <translation>Supprimer de l’espace de travail</translation>
    </message>
    <message>
        <source>They are deleted on %1, not moved to a trash: this cannot be undone. Links are deleted, never what they point to.</source>
        <translation>Ils sont supprimés sur %1, pas mis dans une corbeille&#xa0;: c’est irréversible. Les liens sont supprimés, jamais ce vers quoi ils pointent.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n item(s)…</source>
        <translation>
            <numerusform>Suppression de %n élément…</numerusform>
            <numerusform>Suppression de %n éléments…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s).</source>
        <translation>
            <numerusform>%n élément supprimé.</numerusform>
            <numerusform>%n éléments supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation>Nom du nouveau dossier dans %1&#xa0;:</translation>
    </message>
    <message>
        <source>Made the folder %1.</source>
        <translation>Dossier %1 créé.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <source>Open with its application</source>
        <translation>Ouvrir avec son application</translation>
    </message>
    <message>
        <source>Downloads a copy, opens it, and offers to upload it when it is saved</source>
        <translation>Télécharge une copie, l’ouvre et propose de la téléverser quand elle est enregistrée</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <source>Copy the folder&apos;s path</source>
        <translation>Copier le chemin du dossier</translation>
    </message>
    <message>
        <source>New folder…</source>
        <translation>Nouveau dossier…</translation>
    </message>
    <message>
        <source>Upload here…</source>
        <translation>Téléverser ici…</translation>
    </message>
    <message numerus="yes">
        <source>The connection to %1 was lost. Trying again in %n s (try %2)…</source>
        <translation>
            <numerusform>La connexion à %1 a été perdue. Nouvel essai dans %n s (essai %2)…</numerusform>
            <numerusform>La connexion à %1 a été perdue. Nouvel essai dans %n s (essai %2)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading %1 to %2</source>
        <translation>Téléchargement de %1 vers %2</translation>
    </message>
</context>
<context>
    <name>keyport::FilesWindow</name>
    <message>
        <source>Files of %1</source>
        <translation>Fichiers de %1</translation>
    </message>
    <message>
        <source>Transfers are running</source>
        <translation>Des transferts sont en cours</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>Arrêter et fermer</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) still running. Keep copying in the background? The window comes back when they need you, and you hear when they are done.</source>
        <translation>
            <numerusform>%n transfert est encore en cours. Continuer la copie en arrière-plan ? La fenêtre revient s’il a besoin de vous, et vous êtes averti quand il est terminé.</numerusform>
            <numerusform>%n transferts sont encore en cours. Continuer la copie en arrière-plan ? La fenêtre revient s’ils ont besoin de vous, et vous êtes averti quand ils sont terminés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping keeps what arrived as part files: copying again continues from there.</source>
        <translation>Arrêter garde ce qui est arrivé en fichiers partiels : copier à nouveau reprend à partir de là.</translation>
    </message>
    <message>
        <source>Keep copying in the background</source>
        <translation>Continuer en arrière-plan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>keyport::FindWorkspaceJob</name>
    <message>
        <source>&quot;%1&quot; is not a workspace name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;espace de travail.</translation>
    </message>
    <message>
        <source>No workspace %1: workspaces are named &lt;source&gt;.&lt;name&gt;; `keyport-cli workspaces list` shows them.</source>
        <translation>Aucun espace de travail %1&#xa0;: les espaces de travail s&apos;appellent &lt;source&gt;.&lt;name&gt;&#x202f;; `keyport-cli workspaces list` les affiche.</translation>
    </message>
    <message>
        <source>Source %1: %2</source>
        <translation>Source %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No workspace %1 in source %2.</source>
        <translation>Aucun espace de travail %1 dans la source %2.</translation>
    </message>
</context>
<context>
    <name>keyport::GenerateKeyDialog</name>
    <message>
        <source>Generate a key</source>
        <translation>Générer une clé</translation>
    </message>
    <message>
        <source>Key file name</source>
        <translation>Nom du fichier de clé</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Type de clé</translation>
    </message>
    <message>
        <source>Ed25519 (recommended)</source>
        <translation>Ed25519 (recommandé)</translation>
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
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Répéter la phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter&#xa0;:</translation>
    </message>
    <message>
        <source>Remember the passphrase in the keychain</source>
        <translation>Mémoriser la phrase de passe dans le trousseau</translation>
    </message>
    <message>
        <source>Add to the agent for</source>
        <translation>Ajouter à l&apos;agent pour</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes in the agent</source>
        <translation>Minutes dans l&apos;agent</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>No passphrase: anyone who gets a copy of the file can use the key.</source>
        <translation>Pas de phrase de passe&#xa0;: quiconque obtient une copie du fichier peut utiliser la clé.</translation>
    </message>
    <message>
        <source>Weak: use at least 12 characters, or a few unrelated words.</source>
        <translation>Faible&#xa0;: utilisez au moins 12 caractères, ou quelques mots sans rapport entre eux.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Forte.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Bonne.</translation>
    </message>
    <message>
        <source>Fair: longer is better; a few unrelated words are easy to type and hard to guess.</source>
        <translation>Correcte&#xa0;: plus elle est longue, mieux c&apos;est&#x202f;; quelques mots sans rapport entre eux sont faciles à taper et difficiles à deviner.</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Les phrases de passe ne correspondent pas.</translation>
    </message>
</context>
<context>
    <name>keyport::GenerateKeyJob</name>
    <message>
        <source>There is no passphrase to remember; nothing was written.</source>
        <translation>Il n&apos;y a pas de phrase de passe à retenir&#x202f;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Generating %1…</source>
        <translation>Génération de %1…</translation>
    </message>
    <message>
        <source>Created %1, but its passphrase was not stored: %2</source>
        <translation>%1 a été créé, mais sa phrase de passe n&apos;a pas été enregistrée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Created %1, but it was not added to the agent: %2</source>
        <translation>%1 a été créé, mais n&apos;a pas été ajouté à l&apos;agent&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>keyport::HostKeyDialog</name>
    <message>
        <source>Trust %1?</source>
        <translation>Faire confiance à %1&#x202f;?</translation>
    </message>
    <message>
        <source>New host key</source>
        <translation>Nouvelle clé d&apos;hôte</translation>
    </message>
    <message>
        <source>&lt;h3&gt;First connection to %1&lt;/h3&gt;&lt;p&gt;Keyport has not seen this server before. It offered this host key:&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Première connexion à %1&lt;/h3&gt;&lt;p&gt;Keyport n&apos;a encore jamais vu ce serveur. Il a présenté cette clé d&apos;hôte&#xa0;:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>If whoever runs the workspace published its fingerprint, compare it now. Trusting pins this key: Keyport and ssh will refuse a different one later.</source>
        <translation>Si la personne qui gère l&apos;espace de travail a publié son empreinte, comparez-la maintenant. Faire confiance épingle cette clé&#xa0;: Keyport et ssh en refuseront une autre par la suite.</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation>Faire confiance et se connecter</translation>
    </message>
    <message>
        <source>The host key of %1 changed</source>
        <translation>La clé d&apos;hôte de %1 a changé</translation>
    </message>
    <message>
        <source>Host key changed</source>
        <translation>Clé d&apos;hôte modifiée</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyport did not connect to %1&lt;/h3&gt;&lt;p&gt;The server offered a different host key from the one pinned when you first connected. Either the workspace was rebuilt or moved and got a new key, or something between you and it is pretending to be it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keyport ne s&apos;est pas connecté à %1&lt;/h3&gt;&lt;p&gt;Le serveur a présenté une clé d&apos;hôte différente de celle épinglée lors de votre première connexion. Soit l&apos;espace de travail a été reconstruit ou déplacé et a reçu une nouvelle clé, soit quelque chose entre vous et lui se fait passer pour lui.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>&lt;p&gt;Offered now: &lt;tt&gt;%1 %2&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Présentée maintenant&#xa0;: &lt;tt&gt;%1 %2&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Offered fingerprint</source>
        <translation>Empreinte présentée</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What to check:&lt;/b&gt; ask whoever runs the workspace whether it was rebuilt and what its new fingerprint is. Only when it matches, replace the pin with &lt;tt&gt;keyport-cli trust %1 --replace&lt;/tt&gt;. Until then, do not type passwords or copy secrets to it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;À vérifier&#xa0;:&lt;/b&gt; demandez à la personne qui gère l&apos;espace de travail s&apos;il a été reconstruit et quelle est sa nouvelle empreinte. Seulement si elle correspond, remplacez la clé épinglée avec &lt;tt&gt;keyport-cli trust %1 --replace&lt;/tt&gt;. D&apos;ici là, n&apos;y saisissez aucun mot de passe et n&apos;y copiez aucun secret.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>À vérifier</translation>
    </message>
</context>
<context>
    <name>keyport::HttpApi</name>
    <message>
        <source>No token is stored for this source: add the source again with its token.</source>
        <translation>Aucun jeton n&apos;est enregistré pour cette source&#xa0;: ajoutez de nouveau la source avec son jeton.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MiB; refusing it.</source>
        <translation>La réponse du serveur dépasse %1 Mio&#x202f;; elle est refusée.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 s.</source>
        <translation>Le serveur n&apos;a pas répondu en %1 s.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 could not be verified: check the URL; for a test server you trust, add the source with --insecure.</source>
        <translation>Le certificat TLS de %1 n&apos;a pas pu être vérifié&#xa0;: vérifiez l&apos;URL&#x202f;; pour un serveur de test de confiance, ajoutez la source avec --insecure.</translation>
    </message>
    <message>
        <source>Cannot reach %1.</source>
        <translation>Impossible de joindre %1.</translation>
    </message>
    <message>
        <source>The server refused the token (401): it expired or was revoked. Create a new token and add the source again.</source>
        <translation>Le serveur a refusé le jeton (401)&#xa0;: il a expiré ou a été révoqué. Créez un nouveau jeton et ajoutez de nouveau la source.</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Le serveur a répondu %1.</translation>
    </message>
    <message numerus="yes">
        <source>try again in %n second(s)</source>
        <translation>
            <numerusform>réessayez dans %n seconde</numerusform>
            <numerusform>réessayez dans %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>try again in a minute</source>
        <translation>réessayez dans une minute</translation>
    </message>
</context>
<context>
    <name>keyport::IdentitiesPage</name>
    <message>
        <source>Identities</source>
        <translation>Identités</translation>
    </message>
    <message>
        <source>Add identity…</source>
        <translation>Ajouter une identité…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Admits</source>
        <translation>Admet</translation>
    </message>
    <message>
        <source>No identities yet. Add one to tell Keyport which key a project or a tag needs; `keyport-cli identities explain WORKSPACE` shows which key a workspace offers and why.</source>
        <translation>Aucune identité pour l&apos;instant. Ajoutez-en une pour indiquer à Keyport de quelle clé un projet ou une étiquette a besoin&#x202f;; `keyport-cli identities explain WORKSPACE` montre quelle clé un espace de travail propose, et pourquoi.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>every source</source>
        <translation>toutes les sources</translation>
    </message>
    <message>
        <source>Add identity</source>
        <translation>Ajouter une identité</translation>
    </message>
    <message>
        <source>laptop key</source>
        <translation>clé du portable</translation>
    </message>
    <message>
        <source>Reading ~/.ssh…</source>
        <translation>Lecture de ~/.ssh…</translation>
    </message>
    <message>
        <source>No keys in ~/.ssh: generate one first</source>
        <translation>Aucune clé dans ~/.ssh&#xa0;: générez-en une d&apos;abord</translation>
    </message>
    <message>
        <source>Every source (Keyport&apos;s own)</source>
        <translation>Toutes les sources (identité de Keyport)</translation>
    </message>
    <message>
        <source>%1 (kept by %2)</source>
        <translation>%1 (conservée par %2)</translation>
    </message>
    <message>
        <source>any project; or shop, ml-lab</source>
        <translation>tous les projets&#x202f;; ou shop, ml-lab</translation>
    </message>
    <message>
        <source>any tags; or gpu, prod</source>
        <translation>toutes les étiquettes&#x202f;; ou gpu, prod</translation>
    </message>
    <message>
        <source>Match all tags (otherwise any of them)</source>
        <translation>Exiger toutes les étiquettes (sinon, l&apos;une d&apos;elles suffit)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé&#xa0;:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>Projects:</source>
        <translation>Projets&#xa0;:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Added identity %1.</source>
        <translation>Identité %1 ajoutée.</translation>
    </message>
    <message>
        <source>Remove identity?</source>
        <translation>Supprimer l&apos;identité&#x202f;?</translation>
    </message>
    <message>
        <source>Remove identity %1? Its key stays in ~/.ssh.</source>
        <translation>Supprimer l&apos;identité %1&#x202f;? Sa clé reste dans ~/.ssh.</translation>
    </message>
    <message>
        <source>Remove the SSH identity %1 from %2? Its keys can no longer log in to %2&apos;s services.</source>
        <translation>Supprimer l&apos;identité SSH %1 de %2&#x202f;? Ses clés ne pourront plus se connecter aux services de %2.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Removed identity %1.</source>
        <translation>Identité %1 supprimée.</translation>
    </message>
    <message>
        <source>An identity says which key goes where. For Northflank it is the team&apos;s SSH identity (kept by Northflank, with its project and tag rules): a service it admits logs in with your key in it. For every other source it is Keyport&apos;s own: a workspace it admits offers only that key, so an agent full of keys never meets &quot;Too many authentication failures&quot;.</source>
        <translation>Une identité indique quelle clé utiliser et où. Pour Northflank, il s&apos;agit de l&apos;identité SSH de l&apos;équipe (conservée par Northflank, avec ses règles de projets et d&apos;étiquettes)&#xa0;: un service qu&apos;elle admet se connecte avec votre clé qui s&apos;y trouve. Pour toutes les autres sources, c&apos;est celle de Keyport&#xa0;: un espace de travail qu&apos;elle admet ne propose que cette clé, si bien qu&apos;un agent rempli de clés ne se heurte jamais à «&#xa0;Too many authentication failures&#xa0;».</translation>
    </message>
</context>
<context>
    <name>keyport::Job</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>A part of this task ended without finishing.</source>
        <translation>Une partie de cette tâche s&apos;est arrêtée sans aboutir.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Échec.</translation>
    </message>
</context>
<context>
    <name>keyport::JupyterHubSource</name>
    <message>
        <source>This token belongs to hub user &quot;%1&quot;, not %2.</source>
        <translation>Ce jeton appartient à l&apos;utilisateur du hub «&#xa0;%1&#xa0;», pas à %2.</translation>
    </message>
    <message>
        <source>JupyterHub will not start %1: %2</source>
        <translation>JupyterHub refuse de démarrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>JupyterHub could not start %1: %2</source>
        <translation>JupyterHub n&apos;a pas pu démarrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>JupyterHub is still stopping the server; check again later.</source>
        <translation>JupyterHub est encore en train d&apos;arrêter le serveur&#x202f;; vérifiez de nouveau plus tard.</translation>
    </message>
    <message>
        <source>JupyterHub will not stop %1: %2</source>
        <translation>JupyterHub refuse d&apos;arrêter %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>In a terminal of your hub server, run: %1</source>
        <translation>Dans un terminal de votre serveur du hub, exécutez&#xa0;: %1</translation>
    </message>
    <message>
        <source>No server of %1 is running, so Keyport cannot write your key. Start one (keyport-cli workspaces start %2.default) and try again. %3</source>
        <translation>Aucun serveur de %1 n&apos;est en marche, Keyport ne peut donc pas écrire votre clé. Démarrez-en un (keyport-cli workspaces start %2.default) et réessayez. %3</translation>
    </message>
    <message>
        <source>The hub&apos;s server refuses to write ~/.ssh (hidden files are not allowed there). %1</source>
        <translation>Le serveur du hub refuse d&apos;écrire dans ~/.ssh (les fichiers cachés n&apos;y sont pas autorisés). %1</translation>
    </message>
    <message>
        <source>JupyterHub %1 (user %2)</source>
        <translation>JupyterHub %1 (utilisateur %2)</translation>
    </message>
    <message>
        <source>JupyterHub&apos;s answer about the user is not JSON; is this a JupyterHub?</source>
        <translation>La réponse de JupyterHub sur l&apos;utilisateur n&apos;est pas du JSON&#x202f;; est-ce bien un JupyterHub&#x202f;?</translation>
    </message>
    <message>
        <source>The hub&apos;s server sent ~/.ssh/authorized_keys in a form Keyport does not read; it was left as it is.</source>
        <translation>Le serveur du hub a envoyé ~/.ssh/authorized_keys sous une forme que Keyport ne lit pas&#x202f;; le fichier a été laissé tel quel.</translation>
    </message>
    <message>
        <source>JupyterHub sent a progress event that is not a JSON object.</source>
        <translation>JupyterHub a envoyé un événement de progression qui n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>No server of %1 is running, so Keyport cannot read ~/.ssh/authorized_keys. Start one (keyport-cli workspaces start %2.default) and try again.</source>
        <translation>Aucun serveur de %1 ne tourne, Keyport ne peut donc pas lire ~/.ssh/authorized_keys. Démarrez-en un (keyport-cli workspaces start %2.default) puis réessayez.</translation>
    </message>
    <message>
        <source>The hub&apos;s server does not show ~/.ssh (hidden files are not allowed there). In a terminal of your hub server, `ssh-keygen -lf ~/.ssh/authorized_keys` lists the keys.</source>
        <translation>Le serveur du hub n&apos;affiche pas ~/.ssh (les fichiers cachés n&apos;y sont pas autorisés). Dans un terminal de votre serveur du hub, `ssh-keygen -lf ~/.ssh/authorized_keys` liste les clés.</translation>
    </message>
    <message>
        <source>The hub&apos;s server does not show ~/.ssh (hidden files are not allowed there). In a terminal of your hub server, remove the key&apos;s line from ~/.ssh/authorized_keys (`ssh-keygen -lf ~/.ssh/authorized_keys` shows which it is).</source>
        <translation>Le serveur du hub n&apos;affiche pas ~/.ssh (les fichiers cachés n&apos;y sont pas autorisés). Dans un terminal de votre serveur du hub, retirez la ligne de la clé de ~/.ssh/authorized_keys (`ssh-keygen -lf ~/.ssh/authorized_keys` indique laquelle).</translation>
    </message>
</context>
<context>
    <name>keyport::KeyStore</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid key name or path.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un nom de clé ni un chemin valide.</translation>
    </message>
    <message>
        <source>No key file at %1.</source>
        <translation>Aucun fichier de clé à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>No key named &quot;%1&quot; in %2; `keyport-cli keys list` shows the keys.</source>
        <translation>Aucune clé nommée «&#xa0;%1&#xa0;» dans %2&#x202f;; `keyport-cli keys list` affiche les clés.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>The key name &quot;%1&quot; contains control characters.</source>
        <translation>Le nom de clé «&#xa0;%1&#xa0;» contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>The key name must not contain &quot;..&quot;.</source>
        <translation>Le nom de clé ne doit pas contenir «&#xa0;..&#xa0;».</translation>
    </message>
    <message>
        <source>New keys are created in %1; &quot;%2&quot; points elsewhere.</source>
        <translation>Les nouvelles clés sont créées dans %1&#x202f;; «&#xa0;%2&#xa0;» pointe ailleurs.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name (Keyport never overwrites key files).</source>
        <translation>%1 existe déjà&#x202f;; choisissez un autre nom (Keyport n&apos;écrase jamais les fichiers de clé).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid public key.</source>
        <translation>%1 n&apos;est pas une clé publique valide.</translation>
    </message>
    <message>
        <source>%1 does not belong to this private key.</source>
        <translation>%1 ne correspond pas à cette clé privée.</translation>
    </message>
    <message>
        <source>The certificate is for a different key.</source>
        <translation>Le certificat concerne une autre clé.</translation>
    </message>
    <message>
        <source>The comment must not contain control characters.</source>
        <translation>Le commentaire ne doit pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>%1 is already in %2.</source>
        <translation>%1 se trouve déjà dans %2.</translation>
    </message>
    <message>
        <source>%1 is not a key file; nothing was deleted.</source>
        <translation>%1 n&apos;est pas un fichier de clé&#x202f;; rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
</context>
<context>
    <name>keyport::KeyportUrl</name>
    <message>
        <source>Not a Keyport link: %1</source>
        <translation>Ce n&apos;est pas un lien Keyport&#xa0;: %1</translation>
    </message>
    <message>
        <source>links start with keyport://</source>
        <translation>les liens commencent par keyport://</translation>
    </message>
    <message>
        <source>the action must be connect, open or proxy</source>
        <translation>l&apos;action doit être connect, open ou proxy</translation>
    </message>
    <message>
        <source>expected keyport://%1/&lt;source&gt;/&lt;workspace&gt;</source>
        <translation>attendu&#xa0;: keyport://%1/&lt;source&gt;/&lt;workspace&gt;</translation>
    </message>
    <message>
        <source>the source or workspace name is not valid</source>
        <translation>le nom de la source ou de l&apos;espace de travail n&apos;est pas valide</translation>
    </message>
    <message>
        <source>unknown editor &quot;%1&quot;</source>
        <translation>éditeur «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>the path is not valid</source>
        <translation>le chemin n&apos;est pas valide</translation>
    </message>
</context>
<context>
    <name>keyport::KeysPage</name>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Generate…</source>
        <translation>Générer…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>SSH keys</source>
        <translation>Clés SSH</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Chiffrée</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Copy public key</source>
        <translation>Copier la clé publique</translation>
    </message>
    <message>
        <source>Register with…</source>
        <translation>Enregistrer auprès de…</translation>
    </message>
    <message>
        <source>Add to agent</source>
        <translation>Ajouter à l&apos;agent</translation>
    </message>
    <message>
        <source>Add for the configured lifetime</source>
        <translation>Ajouter pour la durée de vie configurée</translation>
    </message>
    <message>
        <source>Add, confirm each use</source>
        <translation>Ajouter, confirmer chaque utilisation</translation>
    </message>
    <message>
        <source>Remove from agent</source>
        <translation>Retirer de l&apos;agent</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Changer la phrase de passe…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Looking for keys…</source>
        <translation>Recherche des clés…</translation>
    </message>
    <message>
        <source>no agent (SSH_AUTH_SOCK is not set)</source>
        <translation>pas d&apos;agent (SSH_AUTH_SOCK n&apos;est pas défini)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>unknown until unlocked</source>
        <translation>inconnue jusqu&apos;au déverrouillage</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>inutile</translation>
    </message>
    <message>
        <source>no agent</source>
        <translation>pas d&apos;agent</translation>
    </message>
    <message>
        <source>yes, %1 left</source>
        <translation>oui, encore %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>indisponible</translation>
    </message>
    <message>
        <source>No keys in %1 yet: generate one or import one.</source>
        <translation>Aucune clé dans %1 pour l&apos;instant&#xa0;: générez-en une ou importez-en une.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) in %1</source>
        <translation>
            <numerusform>%n clé dans %1</numerusform>
            <numerusform>%n clés dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>agent: %1</source>
        <translation>agent&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created %1 (%2).</source>
        <translation>%1 créée (%2).</translation>
    </message>
    <message>
        <source>Import a private key</source>
        <translation>Importer une clé privée</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importée.</translation>
    </message>
    <message>
        <source>The public key of %1 is unknown until it is unlocked (no .pub file).</source>
        <translation>La clé publique de %1 reste inconnue jusqu&apos;à son déverrouillage (pas de fichier .pub).</translation>
    </message>
    <message>
        <source>Copied the public key of %1.</source>
        <translation>Clé publique de %1 copiée.</translation>
    </message>
    <message numerus="yes">
        <source>Added to the agent for %n minute(s).</source>
        <translation>
            <numerusform>Ajoutée à l&apos;agent pour %n minute.</numerusform>
            <numerusform>Ajoutée à l&apos;agent pour %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added to the agent until you remove it.</source>
        <translation>Ajoutée à l&apos;agent jusqu&apos;à ce que vous la retiriez.</translation>
    </message>
    <message>
        <source>Removed %1 from the agent.</source>
        <translation>%1 retirée de l&apos;agent.</translation>
    </message>
    <message>
        <source>Change the passphrase of %1</source>
        <translation>Changer la phrase de passe de %1</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Phrase de passe actuelle&#xa0;:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Nouvelle phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Répéter&#xa0;:</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Les phrases de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>Changed the passphrase of %1.</source>
        <translation>Phrase de passe de %1 modifiée.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Supprimer %1&#x202f;?</translation>
    </message>
    <message>
        <source>Delete %1, its public key and certificate from %2? Servers that only know this key will stop letting you in. This cannot be undone.</source>
        <translation>Supprimer %1, sa clé publique et son certificat de %2&#x202f;? Les serveurs qui ne connaissent que cette clé ne vous laisseront plus entrer. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 supprimée.</translation>
    </message>
    <message>
        <source>Registered %1 with %2.</source>
        <translation>%1 enregistrée auprès de %2.</translation>
    </message>
    <message>
        <source>No source takes keys yet: add a knot or JupyterHub source</source>
        <translation>Aucune source n&apos;accepte encore de clés&#xa0;: ajoutez une source knot ou JupyterHub</translation>
    </message>
    <message>
        <source>Its passphrase could not be removed from the keychain: %1</source>
        <translation>Sa phrase de passe n&apos;a pas pu être retirée du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Registered with</source>
        <translation>Enregistrée auprès de</translation>
    </message>
    <message>
        <source>Remove from source…</source>
        <translation>Retirer d&apos;une source…</translation>
    </message>
    <message>
        <source>No source Keyport can ask knows this key</source>
        <translation>Aucune source que Keyport peut interroger ne connaît cette clé</translation>
    </message>
    <message>
        <source>%1 could not say: %2</source>
        <translation>%1 n&apos;a pas pu répondre : %2</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, depuis %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation>Retirer %1 de %2 ?</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the keys %3 knows? Its workspaces stop letting you in with this key; the key itself stays in %4.</source>
        <translation>Retirer %1 (%2) des clés que connaît %3 ? Ses espaces de travail ne vous laisseront plus entrer avec cette clé ; la clé elle-même reste dans %4.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation>%1 a été retirée de %2.</translation>
    </message>
</context>
<context>
    <name>keyport::KnotImportJob</name>
    <message>
        <source>%1 has no [client.connection.*] entries.</source>
        <translation>%1 ne contient aucune entrée [client.connection.*].</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
</context>
<context>
    <name>keyport::KnotSource</name>
    <message>
        <source>knot&apos;s whoami answer has no user_id; is this a knot server?</source>
        <translation>La réponse whoami de knot ne contient pas de user_id&#x202f;; est-ce bien un serveur knot&#x202f;?</translation>
    </message>
    <message>
        <source>knot sent a space list that is not JSON.</source>
        <translation>knot a envoyé une liste d&apos;espaces qui n&apos;est pas du JSON.</translation>
    </message>
    <message>
        <source>knot keeps at most 16 KiB of keys per user; remove an old key in knot first.</source>
        <translation>knot conserve au plus 16 Kio de clés par utilisateur&#x202f;; supprimez d&apos;abord une ancienne clé dans knot.</translation>
    </message>
    <message>
        <source>knot server %1</source>
        <translation>Serveur knot %1</translation>
    </message>
    <message>
        <source>knot did not send your current SSH keys, so Keyport cannot add one without removing the others; add it in knot&apos;s web interface.</source>
        <translation>knot n&apos;a pas envoyé vos clés SSH actuelles, Keyport ne peut donc pas en ajouter une sans retirer les autres&#x202f;; ajoutez-la dans l&apos;interface web de knot.</translation>
    </message>
    <message>
        <source>knot did not send your SSH keys.</source>
        <translation>knot n&apos;a pas envoyé vos clés SSH.</translation>
    </message>
    <message>
        <source>knot did not send your current SSH keys, so Keyport cannot remove one without losing the others; remove it in knot&apos;s web interface.</source>
        <translation>knot n&apos;a pas envoyé vos clés SSH actuelles : Keyport ne peut donc pas en retirer une sans perdre les autres ; retirez-la dans l&apos;interface web de knot.</translation>
    </message>
</context>
<context>
    <name>keyport::KnownHosts</name>
    <message>
        <source>No host key is pinned for %1 yet.</source>
        <translation>Aucune clé d&apos;hôte n&apos;est encore épinglée pour %1.</translation>
    </message>
    <message>
        <source>The host key of %1 has changed: expected %2 %3, but the server offered %4 %5. The pin is in %6. This can mean the workspace was rebuilt, or that someone is intercepting the connection; check with its owner before running `keyport-cli trust %1 --replace`.</source>
        <translation>La clé d&apos;hôte de %1 a changé&#xa0;: %2 %3 était attendue, mais le serveur a présenté %4 %5. La clé épinglée se trouve dans %6. Cela peut signifier que l&apos;espace de travail a été reconstruit, ou que quelqu&apos;un intercepte la connexion&#x202f;; vérifiez auprès de son responsable avant d&apos;exécuter `keyport-cli trust %1 --replace`.</translation>
    </message>
    <message>
        <source>it contains a NUL byte</source>
        <translation>il contient un octet NUL</translation>
    </message>
    <message>
        <source>it is not valid UTF-8 text</source>
        <translation>ce n&apos;est pas du texte UTF-8 valide</translation>
    </message>
    <message>
        <source>unknown marker %1</source>
        <translation>marqueur inconnu %1</translation>
    </message>
    <message>
        <source>expected &quot;alias key-type base64&quot;</source>
        <translation>attendu&#xa0;: «&#xa0;alias type-de-clé base64&#xa0;»</translation>
    </message>
    <message>
        <source>Keyport keeps its pinned host keys there and will not connect to workspaces until it can read them.</source>
        <translation>Keyport y conserve ses clés d&apos;hôte épinglées et ne se connectera à aucun espace de travail tant qu&apos;il ne pourra pas les lire.</translation>
    </message>
    <message>
        <source>Make it readable for your user (chmod u+r %1).</source>
        <translation>Rendez-le lisible pour votre utilisateur (chmod u+r %1).</translation>
    </message>
    <message>
        <source>Put the file of pins back, or move this out of the way (then every workspace&apos;s host key is confirmed again).</source>
        <translation>Remettez le fichier des clés épinglées en place, ou écartez ceci (la clé d&apos;hôte de chaque espace de travail sera alors confirmée à nouveau).</translation>
    </message>
    <message>
        <source>%1 line %2 cannot be read as a pinned host key (%3): fix or delete that line. %4</source>
        <translation>La ligne %2 de %1 ne peut pas être lue comme une clé d&apos;hôte épinglée (%3)&#xa0;: corrigez ou supprimez cette ligne. %4</translation>
    </message>
    <message>
        <source>The host key of %1 was not pinned: %2</source>
        <translation>La clé d&apos;hôte de %1 n&apos;a pas été épinglée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The pin of %1 was not removed: %2</source>
        <translation>L&apos;épinglage de %1 n&apos;a pas été retiré&#xa0;: %2</translation>
    </message>
    <message>
        <source>The host key of %1 cannot be checked: %2</source>
        <translation>La clé d&apos;hôte de %1 ne peut pas être vérifiée&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>keyport::LaunchJob</name>
    <message>
        <source>Looking up %1…</source>
        <translation>Recherche de %1…</translation>
    </message>
    <message>
        <source>%1 comes from your own ssh config; ssh checks its host key in your known_hosts.</source>
        <translation>%1 vient de votre propre configuration ssh&#x202f;; ssh vérifie sa clé d&apos;hôte dans votre known_hosts.</translation>
    </message>
    <message>
        <source>%1 is stopped; start it with `keyport-cli workspaces start %1`.</source>
        <translation>%1 est arrêté&#x202f;; démarrez-le avec `keyport-cli workspaces start %1`.</translation>
    </message>
    <message>
        <source>The key %1 cannot be read: %2</source>
        <translation>La clé %1 ne peut pas être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>Checking the agent…</source>
        <translation>Vérification de l&apos;agent…</translation>
    </message>
    <message>
        <source>The key was not added to the agent (%1); ssh will ask for its passphrase.</source>
        <translation>La clé n&apos;a pas été ajoutée à l&apos;agent (%1)&#x202f;; ssh demandera sa phrase de passe.</translation>
    </message>
    <message>
        <source>Editors find %1 only through ~/.ssh/config; nothing was changed.</source>
        <translation>Les éditeurs ne trouvent %1 que via ~/.ssh/config&#x202f;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Added `%1` to %2 so editors find %3 (undo: keyport-cli ssh-config --remove).</source>
        <translation>`%1` a été ajouté à %2 pour que les éditeurs trouvent %3 (pour annuler&#xa0;: keyport-cli ssh-config --remove).</translation>
    </message>
    <message>
        <source>Writing the ssh config…</source>
        <translation>Écriture de la configuration ssh…</translation>
    </message>
    <message>
        <source>Opening the tunnel…</source>
        <translation>Ouverture du tunnel…</translation>
    </message>
    <message>
        <source>Keyport cannot open a tunnel to %1.</source>
        <translation>Keyport ne peut pas ouvrir de tunnel vers %1.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Checking the host key…</source>
        <translation>Vérification de la clé d&apos;hôte…</translation>
    </message>
    <message>
        <source>Cannot fetch the host key of %1: %2</source>
        <translation>Impossible de récupérer la clé d&apos;hôte de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not trusted; nothing was changed.</source>
        <translation>Clé non approuvée&#x202f;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Opening a terminal…</source>
        <translation>Ouverture d&apos;un terminal…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>No proxy manager was given.</source>
        <translation>Aucun gestionnaire de proxys n&apos;a été fourni.</translation>
    </message>
    <message>
        <source>%1 did not send the key of the entry host of %2, and none is pinned; Keyport does not connect without it. Refresh the workspaces, or ask its operators.</source>
        <translation>%1 n&apos;a pas envoyé la clé de l&apos;hôte d&apos;entrée de %2, et aucune n&apos;est épinglée&#x202f;; Keyport ne se connecte pas sans elle. Actualisez les espaces de travail, ou renseignez-vous auprès de ses opérateurs.</translation>
    </message>
    <message>
        <source>%1 sent a host key Keyport cannot read.</source>
        <translation>%1 a envoyé une clé d&apos;hôte que Keyport ne peut pas lire.</translation>
    </message>
    <message>
        <source>an editor</source>
        <translation>l&apos;ouverture dans un éditeur</translation>
    </message>
    <message>
        <source>files (SFTP)</source>
        <translation>l&apos;accès aux fichiers (SFTP)</translation>
    </message>
    <message>
        <source>a proxy port for scp and rsync</source>
        <translation>un port proxy pour scp et rsync</translation>
    </message>
    <message>
        <source>%1 is reached through an entry host that picks it by the command it runs, so it cannot serve %2. Connect opens its shell; `keyport-cli connect %1 -- CMD` runs a command there.</source>
        <translation>%1 est joint via un hôte d&apos;entrée qui le sélectionne d&apos;après la commande exécutée&#x202f;; %2 n&apos;y est donc pas possible. «&#xa0;Se connecter&#xa0;» ouvre son shell&#x202f;; `keyport-cli connect %1 -- CMD` y exécute une commande.</translation>
    </message>
    <message>
        <source>%1 The expected key came from %2 over its authenticated API; ask its operators whether the entry host&apos;s key was changed.</source>
        <translation>%1 La clé attendue provient de %2 via son API authentifiée&#x202f;; demandez à ses opérateurs si la clé de l&apos;hôte d&apos;entrée a été changée.</translation>
    </message>
</context>
<context>
    <name>keyport::ListAllJob</name>
    <message>
        <source>The source %1 was removed while it was being listed.</source>
        <translation>La source %1 a été retirée pendant son énumération.</translation>
    </message>
</context>
<context>
    <name>keyport::ListIdentitiesJob</name>
    <message>
        <source>There is no source %1 (keyport-cli sources list shows them).</source>
        <translation>Il n&apos;existe aucune source %1 (keyport-cli sources list les affiche).</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Search workspaces</source>
        <translation>&amp;Rechercher des espaces de travail</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Keyport</source>
        <translation>À &amp;propos de Keyport</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Launched %1</source>
        <translation>%1 lancé</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyport %1&lt;/h3&gt;&lt;p&gt;Your remote development workspaces over SSH.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;libssh %3&lt;br&gt;OpenSSL %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keyport %1&lt;/h3&gt;&lt;p&gt;Vos espaces de travail de développement à distance via SSH.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;libssh %3&lt;br&gt;OpenSSL %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Keyport</source>
        <translation>À propos de Keyport</translation>
    </message>
    <message>
        <source>Running proxies</source>
        <translation>Proxys actifs</translation>
    </message>
    <message>
        <source>Stop %1 (%2)</source>
        <translation>Arrêter %1 (%2)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Show or hide Keyport</source>
        <translation>Afficher ou masquer Keyport</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message numerus="yes">
        <source>Keyport: %n proxy(ies) running</source>
        <translation>
            <numerusform>Keyport&#xa0;: %n proxy actif</numerusform>
            <numerusform>Keyport&#xa0;: %n proxys actifs</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyport is still running</source>
        <translation>Keyport est toujours en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>Your proxies keep running. Quit from the tray icon to stop them.</source>
        <translation>Vos proxys continuent de fonctionner. Quittez Keyport depuis l&apos;icône de la zone de notification pour les arrêter.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identités</translation>
    </message>
</context>
<context>
    <name>keyport::ManagedSshConfig</name>
    <message>
        <source>Workspace %1 has no port yet (never started); it was left out.</source>
        <translation>L&apos;espace de travail %1 n&apos;a pas encore de port (jamais démarré)&#x202f;; il a été omis.</translation>
    </message>
    <message>
        <source>%1 is a broken symbolic link.</source>
        <translation>%1 est un lien symbolique cassé.</translation>
    </message>
    <message>
        <source>Cannot back up %1, so it was not changed: %2</source>
        <translation>Impossible de sauvegarder %1, le fichier n&apos;a donc pas été modifié&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>%1 could not be changed (%2). Add this line at its top yourself: %3</source>
        <translation>%1 n&apos;a pas pu être modifié (%2). Ajoutez vous-même cette ligne en tête du fichier&#xa0;: %3</translation>
    </message>
    <message>
        <source>The ssh config for Keyport&apos;s workspaces was not written: %1</source>
        <translation>La configuration ssh des espaces de travail de Keyport n&apos;a pas été écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Workspace %1: the keyport-cli path &quot;%2&quot; cannot go into a Match exec line (quote or backslash).</source>
        <translation>Espace de travail %1&#xa0;: le chemin de keyport-cli «&#xa0;%2&#xa0;» ne peut pas figurer dans une ligne Match exec (guillemet ou barre oblique inverse).</translation>
    </message>
</context>
<context>
    <name>keyport::NorthflankCliProxy</name>
    <message>
        <source>Keyport could not make a private folder for Northflank&apos;s CLI in %1.</source>
        <translation>Keyport n&apos;a pas pu créer de dossier privé pour la CLI de Northflank dans %1.</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message numerus="yes">
        <source>Northflank&apos;s CLI did not start an SSH proxy to %1 within %n second(s). %2</source>
        <translation>
            <numerusform>La CLI de Northflank n&apos;a pas démarré de proxy SSH vers %1 en %n seconde. %2</numerusform>
            <numerusform>La CLI de Northflank n&apos;a pas démarré de proxy SSH vers %1 en %n secondes. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyport reaches Northflank services through Northflank&apos;s CLI, version 0.10 or later (the first with `northflank ssh`). Install or update it with `npm install -g @northflank/cli`, make sure `northflank` is on your PATH, and try again.</source>
        <translation>Keyport accède aux services Northflank via la CLI de Northflank, version 0.10 ou ultérieure (la première à proposer `northflank ssh`). Installez-la ou mettez-la à jour avec `npm install -g @northflank/cli`, vérifiez que `northflank` est dans votre PATH, puis réessayez.</translation>
    </message>
    <message>
        <source>The Northflank CLI on your PATH is too old for SSH. %1</source>
        <translation>La CLI Northflank de votre PATH est trop ancienne pour SSH. %1</translation>
    </message>
    <message>
        <source>Northflank&apos;s CLI ended without opening an SSH proxy to %1 and said nothing.</source>
        <translation>La CLI de Northflank s&apos;est terminée sans ouvrir de proxy SSH vers %1, et sans aucun message.</translation>
    </message>
    <message>
        <source>Northflank&apos;s CLI could not open an SSH proxy to %1: %2</source>
        <translation>La CLI de Northflank n&apos;a pas pu ouvrir de proxy SSH vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Northflank&apos;s CLI proxy to %1 ended.</source>
        <translation>Le proxy de la CLI de Northflank vers %1 s&apos;est terminé.</translation>
    </message>
</context>
<context>
    <name>keyport::NorthflankImportJob</name>
    <message>
        <source>There is no Northflank CLI login at %1 (log in with `northflank login` first, or give the path).</source>
        <translation>Il n&apos;y a pas de connexion de la CLI Northflank à l&apos;emplacement %1 (connectez-vous d&apos;abord avec `northflank login`, ou indiquez le chemin).</translation>
    </message>
    <message>
        <source>%1 is not taken over: it is not a regular file.</source>
        <translation>%1 n&apos;est pas repris&#xa0;: ce n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 is not taken over: another user owns it.</source>
        <translation>%1 n&apos;est pas repris&#xa0;: il appartient à un autre utilisateur.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Northflank CLI login file (it is not JSON Keyport reads).</source>
        <translation>%1 n&apos;est pas un fichier de connexion de la CLI Northflank (ce n&apos;est pas du JSON que Keyport sait lire).</translation>
    </message>
    <message>
        <source>The current context &quot;%1&quot; of %2 holds no token (it was taken over already, or logged out): log in with `northflank login` again.</source>
        <translation>Le contexte actuel «&#xa0;%1&#xa0;» de %2 ne contient aucun jeton (il a déjà été repris, ou la session a été fermée)&#xa0;: reconnectez-vous avec `northflank login`.</translation>
    </message>
    <message>
        <source>%1 has no current context to take over: log in with `northflank login` first.</source>
        <translation>%1 n&apos;a aucun contexte actuel à reprendre&#xa0;: connectez-vous d&apos;abord avec `northflank login`.</translation>
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
        <translation>Northflank %1, équipe %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Northflank team id: letters and digits, words joined by single hyphens.</source>
        <translation>« %1 » n&apos;est pas un identifiant d&apos;équipe Northflank : lettres et chiffres, mots reliés par un seul tiret.</translation>
    </message>
    <message>
        <source>Northflank does not accept the API token of %1 (401): it was revoked, expired or mistyped. Create one at https://app.northflank.com/s/account/api/tokens (or on your team&apos;s API tokens page) and give it to Keyport: Edit the source, or `keyport-cli sources remove %1` and add it again.</source>
        <translation>Northflank n&apos;accepte pas le jeton d&apos;API de %1 (401) : il a été révoqué, a expiré ou est mal saisi. Créez-en un sur https://app.northflank.com/s/account/api/tokens (ou sur la page des jetons d&apos;API de votre équipe) et donnez-le à Keyport : modifiez la source, ou `keyport-cli sources remove %1` puis ajoutez-la de nouveau.</translation>
    </message>
    <message>
        <source>Northflank does not let %1 %2 (403): the token&apos;s role does not allow it.</source>
        <translation>Northflank ne permet pas à %1 de %2 (403) : le rôle du jeton ne l&apos;autorise pas.</translation>
    </message>
    <message>
        <source>Northflank does not let %1 %2 (403): %3</source>
        <translation>Northflank ne permet pas à %1 de %2 (403) : %3</translation>
    </message>
    <message>
        <source>Northflank is limiting requests (429) while %1 tried to %2; %3.</source>
        <translation>Northflank limite les requêtes (429) pendant que %1 tentait de %2 ; %3.</translation>
    </message>
    <message>
        <source>Northflank could not %1 (%2): %3</source>
        <translation>Northflank n&apos;a pas pu %1 (%2) : %3</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Impossible de %1 : %2</translation>
    </message>
    <message>
        <source>Northflank sent a list Keyport does not read; is this its API?</source>
        <translation>Northflank a envoyé une liste que Keyport ne sait pas lire ; est-ce bien son API ?</translation>
    </message>
    <message numerus="yes">
        <source>Northflank kept sending more pages while Keyport tried to %1; it stopped after %n page(s).</source>
        <translation>
            <numerusform>Northflank envoyait toujours plus de pages pendant que Keyport tentait de %1 ; arrêt après %n page.</numerusform>
            <numerusform>Northflank envoyait toujours plus de pages pendant que Keyport tentait de %1 ; arrêt après %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>deploying</source>
        <translation>en déploiement</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>en échec : %1</translation>
    </message>
    <message>
        <source>not deployed</source>
        <translation>non déployé</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Type de service</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Service id</source>
        <translation>Identifiant du service</translation>
    </message>
    <message>
        <source>The Northflank id &quot;%1&quot; is not one Keyport can put in an ssh host alias, so %2 cannot be connected.</source>
        <translation>L&apos;identifiant Northflank « %1 » ne peut pas entrer dans un alias d&apos;hôte ssh : %2 ne peut donc pas être connecté.</translation>
    </message>
    <message>
        <source>list projects</source>
        <translation>lister les projets</translation>
    </message>
    <message>
        <source>list the services of %1</source>
        <translation>lister les services de %1</translation>
    </message>
    <message>
        <source>Northflank listed more than %1 services.</source>
        <translation>Northflank a listé plus de %1 services.</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>lire %1</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation>non vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>not enabled</source>
        <translation>non activé</translation>
    </message>
    <message>
        <source>%1 is paused in Northflank: resume it there (the service&apos;s page, Resume), then refresh.</source>
        <translation>%1 est en pause dans Northflank&#xa0;: relancez-le là-bas (page du service, Resume), puis actualisez.</translation>
    </message>
    <message>
        <source>SSH is not enabled on %1: enable it in Northflank (the service&apos;s SSH settings), restart the service, then refresh.</source>
        <translation>SSH n&apos;est pas activé sur %1&#xa0;: activez-le dans Northflank (paramètres SSH du service), redémarrez le service, puis actualisez.</translation>
    </message>
    <message>
        <source>list SSH identities</source>
        <translation>lister les identités SSH</translation>
    </message>
    <message>
        <source>read the SSH identity %1</source>
        <translation>lire l&apos;identité SSH %1</translation>
    </message>
    <message>
        <source>%1 has an SSH identity named like &quot;%2&quot; already: remove it first (keyport-cli identities remove &quot;%2&quot; --source %1), or choose another name.</source>
        <translation>%1 a déjà une identité SSH au nom semblable à «&#xa0;%2&#xa0;»&#xa0;: supprimez-la d&apos;abord (keyport-cli identities remove &quot;%2&quot; --source %1), ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>create the SSH identity %1</source>
        <translation>créer l&apos;identité SSH %1</translation>
    </message>
    <message>
        <source>%1 has no SSH identity &quot;%2&quot;.</source>
        <translation>%1 n&apos;a aucune identité SSH «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>remove the SSH identity %1</source>
        <translation>supprimer l&apos;identité SSH %1</translation>
    </message>
    <message>
        <source>Northflank gives a service new host keys when it is redeployed or restarted (unless its image keeps its own): if %1 (service %2) was redeployed since its key was pinned, that is the likely cause. Check its deployment history in Northflank before you replace the pin.</source>
        <translation>Northflank attribue de nouvelles clés d&apos;hôte à un service lorsqu&apos;il est redéployé ou redémarré (sauf si son image conserve les siennes)&#xa0;: si %1 (service %2) a été redéployé depuis que sa clé a été épinglée, c&apos;est la cause probable. Vérifiez son historique de déploiement dans Northflank avant de remplacer la clé épinglée.</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
</context>
<context>
    <name>keyport::NorthflankStream</name>
    <message>
        <source>The Northflank proxy went away.</source>
        <translation>Le proxy Northflank a disparu.</translation>
    </message>
</context>
<context>
    <name>keyport::OpenSftpJob</name>
    <message>
        <source>Preparing %1…</source>
        <translation>Préparation de %1…</translation>
    </message>
    <message>
        <source>Opening the files of %1…</source>
        <translation>Ouverture des fichiers de %1…</translation>
    </message>
    <message>
        <source>Cannot open the files of %1: %2</source>
        <translation>Impossible d’ouvrir les fichiers de %1 : %2</translation>
    </message>
</context>
<context>
    <name>keyport::PartFileCommitter</name>
    <message>
        <source>Cannot write %1: %2. The part file stays; resume when there is room.</source>
        <translation>Impossible d’écrire %1 : %2. Le fichier partiel reste ; reprenez quand il y aura de la place.</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2: %3. The complete file stays as %1.</source>
        <translation>Impossible de déplacer %1 vers %2 : %3. Le fichier complet reste sous %1.</translation>
    </message>
</context>
<context>
    <name>keyport::PowerJob</name>
    <message>
        <source>The source %1 is not configured any more.</source>
        <translation>La source %1 n&apos;est plus configurée.</translation>
    </message>
    <message>
        <source>%1 is stopped, and Keyport cannot start workspaces of %2: start it there.</source>
        <translation>%1 est arrêté, et Keyport ne peut pas démarrer les espaces de travail de %2&#xa0;: démarrez-le là-bas.</translation>
    </message>
    <message>
        <source>Keyport cannot stop workspaces of %1.</source>
        <translation>Keyport ne peut pas arrêter les espaces de travail de %1.</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Démarrage de %1…</translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation>Arrêt de %1…</translation>
    </message>
    <message>
        <source>%1 started, but is not listed any more: %2</source>
        <translation>%1 a démarré, mais n&apos;est plus listé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>keyport::PrivateKey</name>
    <message>
        <source>Cannot read the Ed25519 public key.</source>
        <translation>Impossible de lire la clé publique Ed25519.</translation>
    </message>
    <message>
        <source>Unsupported elliptic curve &quot;%1&quot;: SSH uses P-256, P-384 and P-521.</source>
        <translation>Courbe elliptique «&#xa0;%1&#xa0;» non prise en charge&#xa0;: SSH utilise P-256, P-384 et P-521.</translation>
    </message>
    <message>
        <source>Cannot read the RSA public key.</source>
        <translation>Impossible de lire la clé publique RSA.</translation>
    </message>
    <message>
        <source>DSA keys are obsolete and no longer accepted by OpenSSH; generate an Ed25519 key instead.</source>
        <translation>Les clés DSA sont obsolètes et ne sont plus acceptées par OpenSSH&#x202f;; générez plutôt une clé Ed25519.</translation>
    </message>
    <message>
        <source>Unsupported private key type.</source>
        <translation>Type de clé privée non pris en charge.</translation>
    </message>
    <message>
        <source>RSA keys must have 3072 or 4096 bits.</source>
        <translation>Les clés RSA doivent faire 3072 ou 4096 bits.</translation>
    </message>
    <message>
        <source>Keyport generates Ed25519, ECDSA and RSA keys only.</source>
        <translation>Keyport ne génère que des clés Ed25519, ECDSA et RSA.</translation>
    </message>
    <message>
        <source>Key generation failed.</source>
        <translation>La génération de la clé a échoué.</translation>
    </message>
    <message>
        <source>Cannot load the Ed25519 key.</source>
        <translation>Impossible de charger la clé Ed25519.</translation>
    </message>
    <message>
        <source>This key lives on a hardware security key (FIDO); use ssh-add to load it.</source>
        <translation>Cette clé réside sur une clé de sécurité matérielle (FIDO)&#x202f;; utilisez ssh-add pour la charger.</translation>
    </message>
    <message>
        <source>The private key could not be loaded.</source>
        <translation>La clé privée n&apos;a pas pu être chargée.</translation>
    </message>
    <message>
        <source>The PEM private key could not be read.</source>
        <translation>La clé privée PEM n&apos;a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>keyport::ProcessStream</name>
    <message>
        <source>%1 exited with status %2.</source>
        <translation>%1 s&apos;est terminé avec le code %2.</translation>
    </message>
    <message>
        <source>Cannot run %1.</source>
        <translation>Impossible d&apos;exécuter %1.</translation>
    </message>
</context>
<context>
    <name>keyport::ProxiesPanel</name>
    <message>
        <source>Running proxies</source>
        <translation>Proxys actifs</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point d&apos;accès</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Transféré</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the proxy for %1</source>
        <translation>Arrêter le proxy pour %1</translation>
    </message>
</context>
<context>
    <name>keyport::ProxyManager</name>
    <message>
        <source>The source %1 is not configured any more.</source>
        <translation>La source %1 n&apos;est plus configurée.</translation>
    </message>
</context>
<context>
    <name>keyport::ProxyServer</name>
    <message>
        <source>The proxy listens on loopback addresses only.</source>
        <translation>Le proxy n&apos;écoute que sur des adresses de bouclage.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2.</source>
        <translation>Impossible d&apos;écouter sur %1 port %2.</translation>
    </message>
</context>
<context>
    <name>keyport::PublicKey</name>
    <message>
        <source>Unsupported key type &quot;%1&quot;.</source>
        <translation>Type de clé «&#xa0;%1&#xa0;» non pris en charge.</translation>
    </message>
</context>
<context>
    <name>keyport::RegisterKeyJob</name>
    <message>
        <source>There is no source named %1.</source>
        <translation>Il n&apos;existe aucune source nommée %1.</translation>
    </message>
    <message>
        <source>The public key of %1 is unknown (no .pub file).</source>
        <translation>La clé publique de %1 est inconnue (pas de fichier .pub).</translation>
    </message>
    <message>
        <source>%1 does not take keys from Keyport: add the key there yourself.</source>
        <translation>%1 n&apos;accepte pas de clés de Keyport&#xa0;: ajoutez-y la clé vous-même.</translation>
    </message>
    <message>
        <source>Registering %1 with %2…</source>
        <translation>Enregistrement de %1 auprès de %2…</translation>
    </message>
    <message>
        <source>Registered %1 with %2, but could not make it the key of %2: %3</source>
        <translation>%1 a été enregistré auprès de %2, mais n&apos;a pas pu devenir la clé de %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>keyport::RememberPassphraseJob</name>
    <message>
        <source>%1 has no passphrase; there is nothing to remember.</source>
        <translation>%1 n&apos;a pas de phrase de passe&#x202f;; il n&apos;y a rien à retenir.</translation>
    </message>
    <message>
        <source>%1 has no .pub file, so Keyport cannot name its keychain entry.</source>
        <translation>%1 n&apos;a pas de fichier .pub, Keyport ne peut donc pas nommer son entrée du trousseau.</translation>
    </message>
    <message>
        <source>Wrong passphrase for %1; nothing was stored.</source>
        <translation>Phrase de passe incorrecte pour %1&#x202f;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Checked the passphrase of %1, but it was not stored: %2</source>
        <translation>La phrase de passe de %1 a été vérifiée, mais n&apos;a pas été enregistrée&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>keyport::RemoteEdit</name>
    <message>
        <source>%1 cannot be a file name on this computer.</source>
        <translation>%1 ne peut pas être un nom de fichier sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Cannot make a private folder for the local copy: %1</source>
        <translation>Impossible de créer un dossier privé pour la copie locale&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>keyport::RemoveIdentityJob</name>
    <message>
        <source>There is no identity &quot;%1&quot;%2 (keyport-cli identities list shows them).</source>
        <translation>Il n&apos;existe aucune identité «&#xa0;%1&#xa0;»%2 (keyport-cli identities list les affiche).</translation>
    </message>
    <message>
        <source> for source %1</source>
        <translation> pour la source %1</translation>
    </message>
</context>
<context>
    <name>keyport::RemoveSourceJob</name>
    <message>
        <source>%1 is a built-in source; it cannot be removed.</source>
        <translation>%1 est une source intégrée&#x202f;; elle ne peut pas être retirée.</translation>
    </message>
    <message>
        <source>There is no source named %1.</source>
        <translation>Il n&apos;existe aucune source nommée %1.</translation>
    </message>
</context>
<context>
    <name>keyport::Sandbox</name>
    <message>
        <source>The sandbox needs OpenSSH&apos;s server (sshd); install it (Debian/Ubuntu: openssh-server).</source>
        <translation>Le bac à sable a besoin du serveur d&apos;OpenSSH (sshd)&#x202f;; installez-le (Debian/Ubuntu&#xa0;: openssh-server).</translation>
    </message>
    <message>
        <source>The public key of %1 is unknown (no .pub file).</source>
        <translation>La clé publique de %1 est inconnue (pas de fichier .pub).</translation>
    </message>
    <message>
        <source>The sandbox sshd did not start; see %1.</source>
        <translation>Le sshd du bac à sable n&apos;a pas démarré&#x202f;; voir %1.</translation>
    </message>
    <message>
        <source>The sandbox sshd did not come up; see %1.</source>
        <translation>Le sshd du bac à sable n&apos;est pas devenu disponible&#x202f;; voir %1.</translation>
    </message>
    <message>
        <source>The sandbox sshd (pid %1) did not stop.</source>
        <translation>Le sshd du bac à sable (PID %1) ne s&apos;est pas arrêté.</translation>
    </message>
    <message>
        <source>The sandbox needs a key to authorize, and ~/.ssh has none. Generate one (keyport-cli keys generate id_ed25519), or let the sandbox make one for itself, kept in its own folder and not in ~/.ssh (keyport-cli sandbox start --own-key).</source>
        <translation>Le bac à sable a besoin d&apos;une clé à autoriser, et ~/.ssh n&apos;en contient aucune. Générez-en une (keyport-cli keys generate id_ed25519), ou laissez le bac à sable en créer une pour lui-même, conservée dans son propre dossier et non dans ~/.ssh (keyport-cli sandbox start --own-key).</translation>
    </message>
</context>
<context>
    <name>keyport::SandboxSource</name>
    <message>
        <source>The local sandbox</source>
        <translation>Le bac à sable local</translation>
    </message>
</context>
<context>
    <name>keyport::SecretJob</name>
    <message>
        <source>No OS keychain is available (on Linux: a Secret Service such as gnome-keyring or KWallet). Keyport never stores secrets in plain text, so it will ask each time.</source>
        <translation>Aucun trousseau du système n&apos;est disponible (sous Linux&#xa0;: un Secret Service comme gnome-keyring ou KWallet). Keyport n&apos;enregistre jamais de secrets en clair, il vous les demandera donc à chaque fois.</translation>
    </message>
    <message>
        <source>Access to the OS keychain was denied.</source>
        <translation>L&apos;accès au trousseau du système a été refusé.</translation>
    </message>
    <message>
        <source>The OS keychain is not reachable; Keyport never stores secrets in plain text, so it will ask each time.</source>
        <translation>Le trousseau du système est injoignable&#x202f;; Keyport n&apos;enregistre jamais de secrets en clair, il vous les demandera donc à chaque fois.</translation>
    </message>
</context>
<context>
    <name>keyport::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Custom command…</source>
        <translation>Commande personnalisée…</translation>
    </message>
    <message>
        <source>&amp;Terminal:</source>
        <translation>&amp;Terminal&#xa0;:</translation>
    </message>
    <message>
        <source>Custom terminal command</source>
        <translation>Commande de terminal personnalisée</translation>
    </message>
    <message>
        <source>No shell is involved: {command} becomes the ssh command&apos;s words, {title} and {alias} one word each.</source>
        <translation>Aucun shell n&apos;intervient&#xa0;: {command} devient les mots de la commande ssh, {title} et {alias} un mot chacun.</translation>
    </message>
    <message>
        <source>Custom command:</source>
        <translation>Commande personnalisée&#xa0;:</translation>
    </message>
    <message>
        <source>Default editor</source>
        <translation>Éditeur par défaut</translation>
    </message>
    <message>
        <source>&amp;Editor for links:</source>
        <translation>Éditeur pour les &amp;liens&#xa0;:</translation>
    </message>
    <message>
        <source>Default key</source>
        <translation>Clé par défaut</translation>
    </message>
    <message>
        <source>Default &amp;key:</source>
        <translation>&amp;Clé par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Agent lifetime in minutes</source>
        <translation>Durée de vie dans l&apos;agent en minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>until removed</source>
        <translation>jusqu&apos;au retrait</translation>
    </message>
    <message>
        <source>Keys stay in the &amp;agent for:</source>
        <translation>Les clés restent dans l&apos;&amp;agent pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Add Keyport&apos;s hosts to ~/.ssh/config (one Include line)</source>
        <translation>Ajouter les hôtes de Keyport à ~/.ssh/config (une ligne Include)</translation>
    </message>
    <message>
        <source>ssh config integration</source>
        <translation>Intégration à la configuration ssh</translation>
    </message>
    <message>
        <source>Lets ssh, scp, rsync and editors use workspace names directly. You see the change before it is written.</source>
        <translation>Permet à ssh, scp, rsync et aux éditeurs d&apos;utiliser directement les noms des espaces de travail. Vous voyez la modification avant qu&apos;elle ne soit écrite.</translation>
    </message>
    <message>
        <source>ssh config:</source>
        <translation>Configuration ssh&#xa0;:</translation>
    </message>
    <message>
        <source>Forward my agent when connecting</source>
        <translation>Transférer mon agent lors de la connexion</translation>
    </message>
    <message>
        <source>Agent forwarding by default</source>
        <translation>Transfert d&apos;agent par défaut</translation>
    </message>
    <message>
        <source>Agent forwarding:</source>
        <translation>Transfert d&apos;agent&#xa0;:</translation>
    </message>
    <message>
        <source>Off by default: anyone with root on a workspace can use a forwarded agent to log in wherever your keys work, for as long as you are connected.</source>
        <translation>Désactivé par défaut&#xa0;: toute personne ayant les droits root sur un espace de travail peut utiliser un agent transféré pour se connecter partout où vos clés sont acceptées, tant que vous êtes connecté.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>Keep proxies running in the tray when the window is closed</source>
        <translation>Garder les proxys actifs dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>Keep proxies running</source>
        <translation>Garder les proxys actifs</translation>
    </message>
    <message>
        <source>Closing:</source>
        <translation>Fermeture&#xa0;:</translation>
    </message>
    <message>
        <source>The language changes the next time Keyport starts.</source>
        <translation>La langue change au prochain démarrage de Keyport.</translation>
    </message>
    <message>
        <source>Found at %1</source>
        <translation>Trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>(none: ssh&apos;s defaults)</source>
        <translation>(aucune&#xa0;: valeurs par défaut de ssh)</translation>
    </message>
    <message>
        <source>Change your ssh config?</source>
        <translation>Modifier votre configuration ssh&#x202f;?</translation>
    </message>
    <message>
        <source>Keyport will add this line at the top of %1 and write its hosts to %2. Everything else stays as it is; a backup is kept.

%3</source>
        <translation>Keyport ajoutera cette ligne en tête de %1 et écrira ses hôtes dans %2. Le reste ne change pas&#x202f;; une copie de sauvegarde est conservée.

%3</translation>
    </message>
    <message>
        <source>Keyport will remove its Include line from %1 and delete %2.</source>
        <translation>Keyport retirera sa ligne Include de %1 et supprimera %2.</translation>
    </message>
    <message>
        <source>ssh, scp, rsync and editors now know your workspaces by name.</source>
        <translation>ssh, scp, rsync et les éditeurs connaissent désormais vos espaces de travail par leur nom.</translation>
    </message>
    <message>
        <source>Removed Keyport&apos;s Include line.</source>
        <translation>Ligne Include de Keyport retirée.</translation>
    </message>
    <message>
        <source>Ask before the agent uses a key Keyport added (confirm each use)</source>
        <translation>Demander avant que l&apos;agent utilise une clé ajoutée par Keyport (confirmer chaque utilisation)</translation>
    </message>
    <message>
        <source>Confirm each use of a key</source>
        <translation>Confirmer chaque utilisation d&apos;une clé</translation>
    </message>
    <message>
        <source>ssh-agent then asks on screen (ssh-askpass) every time a key signs in; some agents, such as gnome-keyring&apos;s, refuse such keys.</source>
        <translation>ssh-agent demande alors à l&apos;écran (ssh-askpass) à chaque connexion avec la clé&#x202f;; certains agents, comme celui de gnome-keyring, refusent ces clés.</translation>
    </message>
    <message>
        <source>Transfers at once</source>
        <translation>Transferts simultanés</translation>
    </message>
    <message>
        <source>How many copies of one Files window run at the same time; the others wait. Each copy already moves many files at once.</source>
        <translation>Combien de copies d’une fenêtre Fichiers s’exécutent en même temps&#x202f;; les autres attendent. Chaque copie transfère déjà de nombreux fichiers à la fois.</translation>
    </message>
    <message>
        <source>&amp;Transfers at once:</source>
        <translation>Transferts &amp;simultanés&#xa0;:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>Comme le bureau</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence&#xa0;:</translation>
    </message>
</context>
<context>
    <name>keyport::SftpClient</name>
    <message>
        <source>The SFTP session has ended.</source>
        <translation>La session SFTP est terminée.</translation>
    </message>
    <message>
        <source>The workspace&apos;s SFTP server sent a message Keyport cannot read.</source>
        <translation>Le serveur SFTP de l’espace de travail a envoyé un message que Keyport ne sait pas lire.</translation>
    </message>
    <message>
        <source>The workspace&apos;s SFTP server does not speak SFTP version 3 (OpenSSH&apos;s).</source>
        <translation>Le serveur SFTP de l’espace de travail ne parle pas SFTP version 3 (celle d’OpenSSH).</translation>
    </message>
    <message>
        <source>The SFTP session ended: the connection to the workspace closed.</source>
        <translation>La session SFTP est terminée : la connexion à l’espace de travail s’est fermée.</translation>
    </message>
    <message>
        <source>The connection to the workspace was lost (%1).</source>
        <translation>La connexion à l’espace de travail a été perdue (%1).</translation>
    </message>
    <message>
        <source>%1 %2 on the workspace: %3.</source>
        <translation>%1 – %2 sur l’espace de travail : %3.</translation>
    </message>
    <message>
        <source>%1: the workspace&apos;s SFTP server gave an answer that does not fit.</source>
        <translation>%1 : le serveur SFTP de l’espace de travail a donné une réponse qui ne convient pas.</translation>
    </message>
    <message>
        <source>Cannot resolve</source>
        <translation>Impossible de résoudre</translation>
    </message>
    <message>
        <source>Cannot look at</source>
        <translation>Impossible d’examiner</translation>
    </message>
    <message>
        <source>Cannot list</source>
        <translation>Impossible de lister</translation>
    </message>
    <message>
        <source>Cannot create the folder</source>
        <translation>Impossible de créer le dossier</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Impossible de supprimer</translation>
    </message>
    <message>
        <source>Cannot rename to</source>
        <translation>Impossible de renommer en</translation>
    </message>
    <message>
        <source>Cannot set the attributes of</source>
        <translation>Impossible de définir les attributs de</translation>
    </message>
    <message>
        <source>its host key is not the pinned one, or not pinned yet. Connect once to see and trust it.</source>
        <translation>sa clé d’hôte n’est pas celle épinglée, ou pas encore épinglée. Connectez-vous une fois pour la voir et lui faire confiance.</translation>
    </message>
    <message>
        <source>its SSH server offers no SFTP (no `Subsystem sftp`).</source>
        <translation>son serveur SSH n’offre pas SFTP (pas de `Subsystem sftp`).</translation>
    </message>
    <message>
        <source>Cannot read the link</source>
        <translation>Impossible de lire le lien</translation>
    </message>
    <message>
        <source>The workspace&apos;s SFTP server does not look up user names.</source>
        <translation>Le serveur SFTP de l’espace de travail ne résout pas les noms d’utilisateur.</translation>
    </message>
    <message>
        <source>Too many user ids to look up at once.</source>
        <translation>Trop d’identifiants d’utilisateur à résoudre à la fois.</translation>
    </message>
    <message>
        <source>Cannot look up user names</source>
        <translation>Impossible de résoudre les noms d’utilisateur</translation>
    </message>
    <message>
        <source>The workspace&apos;s SFTP server sent user names Keyport cannot read.</source>
        <translation>Le serveur SFTP de l’espace de travail a envoyé des noms d’utilisateur que Keyport ne sait pas lire.</translation>
    </message>
</context>
<context>
    <name>keyport::SftpCopyJob</name>
    <message>
        <source>The SFTP session has ended.</source>
        <translation>La session SFTP est terminée.</translation>
    </message>
    <message>
        <source>Nothing to copy.</source>
        <translation>Rien à copier.</translation>
    </message>
    <message>
        <source>%1 is not a folder: with several sources the destination must be one.</source>
        <translation>%1 n’est pas un dossier : avec plusieurs sources, la destination doit en être un.</translation>
    </message>
    <message>
        <source>%1 is not a folder on the workspace: with several sources the destination must be one.</source>
        <translation>%1 n’est pas un dossier sur l’espace de travail : avec plusieurs sources, la destination doit en être un.</translation>
    </message>
    <message>
        <source>%1 has no name to copy it as; give the destination file name.</source>
        <translation>%1 n’a pas de nom sous lequel le copier ; indiquez le nom du fichier de destination.</translation>
    </message>
    <message>
        <source>%1 is a folder: copy it with -r.</source>
        <translation>%1 est un dossier : copiez-le avec -r.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>Skipped %1: its name cannot be a file name here.</source>
        <translation>%1 ignoré : son nom ne peut pas être un nom de fichier ici.</translation>
    </message>
    <message>
        <source>Skipped %1: it is a symbolic link.</source>
        <translation>%1 ignoré : c’est un lien symbolique.</translation>
    </message>
    <message>
        <source>Skipped %1: it is not a regular file.</source>
        <translation>%1 ignoré : ce n’est pas un fichier ordinaire.</translation>
    </message>
</context>
<context>
    <name>keyport::SftpFileTransfer</name>
    <message>
        <source>The SFTP session has ended.</source>
        <translation>La session SFTP est terminée.</translation>
    </message>
    <message>
        <source>%1 is a folder: copy it with -r.</source>
        <translation>%1 est un dossier : copiez-le avec -r.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or socket): it was not copied.</source>
        <translation>%1 n’est pas un fichier ordinaire (un périphérique, un tube ou une socket) : il n’a pas été copié.</translation>
    </message>
    <message>
        <source>%1 %2 of %3 bytes arrived; they stay in %4, and copying again with resume continues from there.</source>
        <translation>%1 %2 octets sur %3 sont arrivés ; ils restent dans %4, et copier à nouveau avec reprise continue à partir de là.</translation>
    </message>
    <message>
        <source>Cannot close</source>
        <translation>Impossible de fermer</translation>
    </message>
    <message>
        <source>%1 is a folder; it was not replaced.</source>
        <translation>%1 est un dossier ; il n’a pas été remplacé.</translation>
    </message>
    <message>
        <source>%1 already exists; it was left as it is (choose to overwrite it).</source>
        <translation>%1 existe déjà ; il a été laissé tel quel (choisissez de l’écraser).</translation>
    </message>
    <message>
        <source>%1 is not a part file Keyport left; move it away and try again.</source>
        <translation>%1 n’est pas un fichier partiel laissé par Keyport ; déplacez-le et réessayez.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d’écrire %1 : %2.</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Impossible d’ouvrir</translation>
    </message>
    <message>
        <source>Cannot read</source>
        <translation>Impossible de lire</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>%1 is a folder on the workspace; it was not replaced.</source>
        <translation>%1 est un dossier sur l’espace de travail ; il n’a pas été remplacé.</translation>
    </message>
    <message>
        <source>%1 already exists on the workspace; it was left as it is (choose to overwrite it).</source>
        <translation>%1 existe déjà sur l’espace de travail ; il a été laissé tel quel (choisissez de l’écraser).</translation>
    </message>
    <message>
        <source>Cannot create</source>
        <translation>Impossible de créer</translation>
    </message>
    <message>
        <source>Cannot truncate</source>
        <translation>Impossible de tronquer</translation>
    </message>
    <message>
        <source>%1 changed while it was being copied (it is shorter now).</source>
        <translation>%1 a changé pendant la copie (il est plus court maintenant).</translation>
    </message>
    <message>
        <source>Cannot write</source>
        <translation>Impossible d’écrire</translation>
    </message>
    <message>
        <source>The part file stays on the workspace; resume when the cause is fixed.</source>
        <translation>Le fichier partiel reste sur l’espace de travail ; reprenez une fois la cause corrigée.</translation>
    </message>
    <message>
        <source>Cannot set the time of</source>
        <translation>Impossible de définir l’heure de</translation>
    </message>
    <message>
        <source>The copy stopped at %1, which exists already.</source>
        <translation>La copie s’est arrêtée à %1, qui existe déjà.</translation>
    </message>
    <message>
        <source>No free name is left for another copy of %1.</source>
        <translation>Il ne reste aucun nom libre pour une autre copie de %1.</translation>
    </message>
</context>
<context>
    <name>keyport::SftpListJob</name>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>Named pipe</source>
        <translation>Tube nommé</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Broken link</source>
        <translation>Lien cassé</translation>
    </message>
    <message>
        <source>Link to folder</source>
        <translation>Lien vers un dossier</translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation>Lien vers %1</translation>
    </message>
</context>
<context>
    <name>keyport::SftpRemoveJob</name>
    <message>
        <source>…and more.</source>
        <translation>…et d’autres.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be deleted: %1</source>
        <translation>
            <numerusform>%n élément n’a pas pu être supprimé&#xa0;: %1</numerusform>
            <numerusform>%n éléments n’ont pas pu être supprimés&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyport::SocketStream</name>
    <message>
        <source>The connection failed.</source>
        <translation>La connexion a échoué.</translation>
    </message>
    <message>
        <source>Cannot connect to %1 port %2.</source>
        <translation>Impossible de se connecter à %1 port %2.</translation>
    </message>
</context>
<context>
    <name>keyport::Source</name>
    <message>
        <source>%1 workspaces cannot %2.</source>
        <translation>%1&#xa0;: les espaces de travail de cette source ne peuvent pas %2.</translation>
    </message>
    <message>
        <source>be started from Keyport</source>
        <translation>être démarrés depuis Keyport</translation>
    </message>
    <message>
        <source>be stopped from Keyport</source>
        <translation>être arrêtés depuis Keyport</translation>
    </message>
    <message>
        <source>have keys registered by Keyport</source>
        <translation>recevoir de clés enregistrées par Keyport</translation>
    </message>
    <message>
        <source>issue certificates</source>
        <translation>délivrer des certificats</translation>
    </message>
    <message>
        <source>list the keys registered there</source>
        <translation>lister les clés qui y sont enregistrées</translation>
    </message>
    <message>
        <source>have keys removed by Keyport</source>
        <translation>se voir retirer des clés par Keyport</translation>
    </message>
    <message>
        <source>keep SSH identities</source>
        <translation>conserver d&apos;identités SSH</translation>
    </message>
</context>
<context>
    <name>keyport::SourceDialog</name>
    <message>
        <source>Add a JupyterHub</source>
        <translation>Ajouter un JupyterHub</translation>
    </message>
    <message>
        <source>Add a knot server</source>
        <translation>Ajouter un serveur knot</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL&#xa0;:</translation>
    </message>
    <message>
        <source>Hub user:</source>
        <translation>Utilisateur du hub&#xa0;:</translation>
    </message>
    <message>
        <source>your JupyterHub user name</source>
        <translation>votre nom d&apos;utilisateur JupyterHub</translation>
    </message>
    <message>
        <source>Login user:</source>
        <translation>Utilisateur de connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Do not verify TLS certificates (test servers only)</source>
        <translation>Ne pas vérifier les certificats TLS (serveurs de test uniquement)</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <source>paste the token here</source>
        <translation>collez le jeton ici</translation>
    </message>
    <message>
        <source>Get a token…</source>
        <translation>Obtenir un jeton…</translation>
    </message>
    <message>
        <source>Open the token page in the browser</source>
        <translation>Ouvrir la page des jetons dans le navigateur</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Enter the server&apos;s URL first.</source>
        <translation>Saisissez d&apos;abord l&apos;URL du serveur.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>paste a new token, or leave empty to keep the stored one</source>
        <translation>collez un nouveau jeton, ou laissez vide pour garder celui enregistré</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message numerus="yes">
        <source>It works: %n workspace(s) listed.</source>
        <translation>
            <numerusform>Ça fonctionne&#xa0;: %n espace de travail listé.</numerusform>
            <numerusform>Ça fonctionne&#xa0;: %n espaces de travail listés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored token could not be read; paste it again.</source>
        <translation>Le jeton enregistré n&apos;a pas pu être lu&#x202f;; collez-le de nouveau.</translation>
    </message>
    <message>
        <source>Checking and saving…</source>
        <translation>Vérification et enregistrement…</translation>
    </message>
    <message>
        <source>Add a spaces control plane</source>
        <translation>Ajouter un plan de contrôle spaces</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>the address of your spaces account</source>
        <translation>l&apos;adresse de votre compte spaces</translation>
    </message>
    <message>
        <source>Entry host:</source>
        <translation>Hôte d&apos;entrée&#xa0;:</translation>
    </message>
    <message>
        <source>empty: the URL&apos;s host</source>
        <translation>vide&#xa0;: l&apos;hôte de l&apos;URL</translation>
    </message>
    <message>
        <source>Entry port:</source>
        <translation>Port d&apos;entrée&#xa0;:</translation>
    </message>
    <message>
        <source>Certificate lifetime:</source>
        <translation>Durée de vie du certificat&#xa0;:</translation>
    </message>
    <message>
        <source>5m (renewed automatically)</source>
        <translation>5m (renouvelé automatiquement)</translation>
    </message>
    <message>
        <source>Auth key</source>
        <translation>Clé d&apos;authentification</translation>
    </message>
    <message>
        <source>paste the one-time auth key you were given</source>
        <translation>collez ici la clé d&apos;authentification à usage unique reçue</translation>
    </message>
    <message>
        <source>Auth key:</source>
        <translation>Clé d&apos;authentification&#xa0;:</translation>
    </message>
    <message>
        <source>a new auth key logs in again; empty keeps the session</source>
        <translation>une nouvelle clé d&apos;authentification vous reconnecte&#x202f;; laissez vide pour garder la session</translation>
    </message>
    <message>
        <source>Add Northflank</source>
        <translation>Ajouter Northflank</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Équipe :</translation>
    </message>
    <message>
        <source>for an organisation token: the team&apos;s id</source>
        <translation>pour un jeton d&apos;organisation : l&apos;identifiant de l&apos;équipe</translation>
    </message>
</context>
<context>
    <name>keyport::SourceRegistry</name>
    <message>
        <source>Unknown source kind &quot;%1&quot;.</source>
        <translation>Type de source «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL http(s).</translation>
    </message>
    <message>
        <source>%1 must use https:// (plain http is only allowed for loopback addresses, for local testing).</source>
        <translation>%1 doit utiliser https:// (le http non chiffré n&apos;est autorisé que pour les adresses de bouclage, pour des tests locaux).</translation>
    </message>
    <message>
        <source>A source named %1 exists already; remove it first.</source>
        <translation>Une source nommée %1 existe déjà&#x202f;; supprimez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>There is no source named %1.</source>
        <translation>Il n&apos;existe aucune source nommée %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of a built-in source.</source>
        <translation>«&#xa0;%1&#xa0;» est le nom d&apos;une source intégrée.</translation>
    </message>
</context>
<context>
    <name>keyport::SourcesPage</name>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Bac à sable local</translation>
    </message>
    <message>
        <source>Start sandbox</source>
        <translation>Démarrer le bac à sable</translation>
    </message>
    <message>
        <source>Stop sandbox</source>
        <translation>Arrêter le bac à sable</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NON vérifié</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 ajoutée.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistrée.</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>Supprimer %1&#x202f;?</translation>
    </message>
    <message>
        <source>Remove the source %1 and its token from the keychain? Its workspaces leave the list and the ssh config.</source>
        <translation>Supprimer la source %1 et retirer son jeton du trousseau&#x202f;? Ses espaces de travail disparaîtront de la liste et de la configuration ssh.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Removed %1, but its token could not be removed from the keychain: %2</source>
        <translation>%1 supprimée, mais son jeton n&apos;a pas pu être retiré du trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>Removed %1 and its token.</source>
        <translation>%1 et son jeton ont été supprimés.</translation>
    </message>
    <message>
        <source>Imported %1 (%2).</source>
        <translation>%1 importée (%2).</translation>
    </message>
    <message>
        <source>Running on 127.0.0.1:%1 as local.sandbox (key %2).</source>
        <translation>En marche sur 127.0.0.1:%1 en tant que local.sandbox (clé %2).</translation>
    </message>
    <message>
        <source>Stopped. The sandbox is an sshd on this machine to try Keyport with.</source>
        <translation>Arrêté. Le bac à sable est un sshd sur cette machine, pour essayer Keyport.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <source>knot server…</source>
        <translation>Serveur knot…</translation>
    </message>
    <message>
        <source>JupyterHub…</source>
        <translation>JupyterHub…</translation>
    </message>
    <message>
        <source>spaces control plane…</source>
        <translation>Plan de contrôle spaces…</translation>
    </message>
    <message>
        <source>Northflank…</source>
        <translation>Northflank…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>From knot&apos;s own configuration</source>
        <translation>Depuis la configuration de knot</translation>
    </message>
    <message>
        <source>From the Northflank CLI&apos;s login</source>
        <translation>Depuis la connexion de la CLI Northflank</translation>
    </message>
    <message>
        <source>No sources added yet. Add source connects Keyport to a knot server, a JupyterHub, a spaces control plane or Northflank; the hosts of your ~/.ssh/config are here already, as the ssh source. Or try the local sandbox below.</source>
        <translation>Aucune source ajoutée pour l&apos;instant. «&#xa0;Ajouter une source&#xa0;» connecte Keyport à un serveur knot, un JupyterHub, un plan de contrôle spaces ou Northflank&#x202f;; les hôtes de votre ~/.ssh/config sont déjà là, en tant que source ssh. Ou essayez le bac à sable local ci-dessous.</translation>
    </message>
    <message>
        <source>Taking over the Northflank CLI&apos;s login…</source>
        <translation>Reprise de la connexion de la CLI Northflank…</translation>
    </message>
    <message>
        <source>Took over the Northflank CLI&apos;s login &quot;%1&quot; as source %2. Its token is in the keychain now; Keyport never reads it from %3 again.</source>
        <translation>Connexion «&#xa0;%1&#xa0;» de la CLI Northflank reprise en tant que source %2. Son jeton est désormais dans le trousseau&#x202f;; Keyport ne le lira plus jamais depuis %3.</translation>
    </message>
    <message>
        <source>Remove the token from the CLI&apos;s file?</source>
        <translation>Retirer le jeton du fichier de la CLI&#x202f;?</translation>
    </message>
    <message>
        <source>%1 still holds the token of &quot;%2&quot; in plain text. Keyport has its own copy in the keychain. Remove it from the file? Your own northflank CLI then needs `northflank login` again.</source>
        <translation>%1 contient encore le jeton de «&#xa0;%2&#xa0;» en clair. Keyport en a sa propre copie dans le trousseau. Le retirer du fichier&#x202f;? Votre propre CLI northflank aura alors de nouveau besoin de `northflank login`.</translation>
    </message>
    <message>
        <source>Remove from the file</source>
        <translation>Retirer du fichier</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le conserver</translation>
    </message>
    <message>
        <source>Removed the token from %1.</source>
        <translation>Jeton retiré de %1.</translation>
    </message>
    <message>
        <source>A key for the sandbox?</source>
        <translation>Une clé pour le bac à sable&#x202f;?</translation>
    </message>
    <message>
        <source>There is no SSH key in ~/.ssh yet, and the sandbox needs one to let you in. It can make a key for itself, kept in its own folder (%1) and not in ~/.ssh, so no other tool meets it. Or generate your own key on the Keys page first.</source>
        <translation>Il n&apos;y a encore aucune clé SSH dans ~/.ssh, et le bac à sable en a besoin pour vous laisser entrer. Il peut créer une clé pour lui-même, conservée dans son propre dossier (%1) et non dans ~/.ssh, afin qu&apos;aucun autre outil ne la rencontre. Ou générez d&apos;abord votre propre clé dans la page Clés.</translation>
    </message>
    <message>
        <source>Make a sandbox key</source>
        <translation>Créer une clé pour le bac à sable</translation>
    </message>
    <message>
        <source>The sandbox made its own key, %1; it is not in ~/.ssh.</source>
        <translation>Le bac à sable a créé sa propre clé, %1&#x202f;; elle n&apos;est pas dans ~/.ssh.</translation>
    </message>
</context>
<context>
    <name>keyport::SpacesImportJob</name>
    <message>
        <source>%1 is not taken over: %2</source>
        <translation>%1 n&apos;est pas repris&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no spaces session at %1 (log in with the spaces CLI first, or give the path).</source>
        <translation>Il n&apos;y a pas de session spaces à l&apos;emplacement %1 (connectez-vous d&apos;abord avec la CLI spaces, ou indiquez le chemin).</translation>
    </message>
    <message>
        <source>it is a symbolic link.</source>
        <translation>c&apos;est un lien symbolique.</translation>
    </message>
    <message>
        <source>it is not a regular file.</source>
        <translation>ce n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>another user owns it.</source>
        <translation>il appartient à un autre utilisateur.</translation>
    </message>
    <message>
        <source>others can read or write it (run chmod 600 on it).</source>
        <translation>d&apos;autres peuvent le lire ou y écrire (exécutez chmod 600 dessus).</translation>
    </message>
    <message>
        <source>others can write to its folder.</source>
        <translation>d&apos;autres peuvent écrire dans son dossier.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a spaces session (no base_url or session_token).</source>
        <translation>%1 n&apos;est pas une session spaces (pas de base_url ni de session_token).</translation>
    </message>
</context>
<context>
    <name>keyport::SpacesSource</name>
    <message>
        <source>A spaces source needs the e-mail address of your account (--email).</source>
        <translation>Une source spaces a besoin de l&apos;adresse e-mail de votre compte (--email).</translation>
    </message>
    <message>
        <source>entry host</source>
        <translation>hôte d&apos;entrée</translation>
    </message>
    <message>
        <source>login user</source>
        <translation>utilisateur de connexion</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a certificate lifetime: write it as 5m, 90s or 1h30m (10 s to 24 h).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une durée de vie de certificat valide&#xa0;: écrivez-la sous la forme 5m, 90s ou 1h30m (de 10 s à 24 h).</translation>
    </message>
    <message>
        <source>Your spaces session for %1 expired or was revoked (401). Log in again with a new auth key: `keyport-cli sources login %1 --auth-key-stdin`, or Edit the source in Keyport.</source>
        <translation>Votre session spaces pour %1 a expiré ou a été révoquée (401). Reconnectez-vous avec une nouvelle clé d&apos;authentification&#xa0;: `keyport-cli sources login %1 --auth-key-stdin`, ou modifiez la source dans Keyport.</translation>
    </message>
    <message>
        <source>spaces does not let you %1 (403): your role there does not allow it.</source>
        <translation>spaces ne vous autorise pas à %1 (403)&#xa0;: votre rôle ne le permet pas.</translation>
    </message>
    <message>
        <source>spaces does not let you %1 (403): %2.</source>
        <translation>spaces ne vous autorise pas à %1 (403)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>spaces is limiting requests (429) while trying to %1; %2.</source>
        <translation>spaces limite les requêtes (429) alors que Keyport cherchait à %1&#x202f;; %2.</translation>
    </message>
    <message>
        <source>spaces cannot %1: not found (404).</source>
        <translation>spaces ne peut pas %1&#xa0;: introuvable (404).</translation>
    </message>
    <message>
        <source>spaces cannot %1: %2 (404).</source>
        <translation>spaces ne peut pas %1&#xa0;: %2 (404).</translation>
    </message>
    <message>
        <source>spaces refused to %1 (400).</source>
        <translation>spaces a refusé la demande visant à %1 (400).</translation>
    </message>
    <message>
        <source>spaces refused to %1: %2.</source>
        <translation>spaces a refusé la demande visant à %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Keyport n&apos;a pas pu %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>spaces answered the login without a session token; is this a spaces control plane?</source>
        <translation>spaces a répondu à la connexion sans jeton de session&#x202f;; est-ce bien un plan de contrôle spaces&#x202f;?</translation>
    </message>
    <message>
        <source>This auth key was used already: spaces takes each auth key once. Ask your spaces admin for a new one.</source>
        <translation>Cette clé d&apos;authentification a déjà été utilisée&#xa0;: spaces n&apos;accepte chaque clé d&apos;authentification qu&apos;une seule fois. Demandez-en une nouvelle à votre administrateur spaces.</translation>
    </message>
    <message>
        <source>spaces did not accept the auth key for %1: check the e-mail address and the key (%2).</source>
        <translation>spaces n&apos;a pas accepté la clé d&apos;authentification pour %1&#xa0;: vérifiez l&apos;adresse e-mail et la clé (%2).</translation>
    </message>
    <message>
        <source>log in</source>
        <translation>vous connecter</translation>
    </message>
    <message>
        <source>spaces sent a Space list that is not JSON.</source>
        <translation>spaces a envoyé une liste de Spaces qui n&apos;est pas du JSON.</translation>
    </message>
    <message>
        <source>The Space id &quot;%1&quot; is not one the entry host takes, so %2 cannot be connected.</source>
        <translation>L&apos;identifiant de Space «&#xa0;%1&#xa0;» n&apos;est pas accepté par l&apos;hôte d&apos;entrée, la connexion à %2 est donc impossible.</translation>
    </message>
    <message>
        <source>Space id</source>
        <translation>Identifiant du Space</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>%1 cœurs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disque</translation>
    </message>
    <message>
        <source>Network egress</source>
        <translation>Trafic réseau sortant</translation>
    </message>
    <message>
        <source>Tokens used</source>
        <translation>Jetons utilisés</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>spaces sent a key list that is not JSON.</source>
        <translation>spaces a envoyé une liste de clés qui n&apos;est pas du JSON.</translation>
    </message>
    <message>
        <source>spaces sent no known_hosts line for its entry host.</source>
        <translation>spaces n&apos;a envoyé aucune ligne known_hosts pour son hôte d&apos;entrée.</translation>
    </message>
    <message>
        <source>spaces sent a host key for %1, not for its entry host %2.</source>
        <translation>spaces a envoyé une clé d&apos;hôte pour %1, et non pour son hôte d&apos;entrée %2.</translation>
    </message>
    <message>
        <source>spaces sent a host key Keyport cannot read.</source>
        <translation>spaces a envoyé une clé d&apos;hôte que Keyport ne peut pas lire.</translation>
    </message>
    <message>
        <source>spaces sent a certificate Keyport cannot read.</source>
        <translation>spaces a envoyé un certificat que Keyport ne peut pas lire.</translation>
    </message>
    <message>
        <source>spaces sent a certificate for another key.</source>
        <translation>spaces a envoyé un certificat pour une autre clé.</translation>
    </message>
    <message>
        <source>spaces sent a certificate that is not for the login user %1.</source>
        <translation>spaces a envoyé un certificat qui n&apos;est pas destiné à l&apos;utilisateur de connexion %1.</translation>
    </message>
    <message>
        <source>spaces sent a certificate that is not valid now (check this computer&apos;s clock).</source>
        <translation>spaces a envoyé un certificat qui n&apos;est pas valide actuellement (vérifiez l&apos;horloge de cette machine).</translation>
    </message>
    <message>
        <source>list your Spaces</source>
        <translation>lister vos Spaces</translation>
    </message>
    <message>
        <source>get the entry host&apos;s key</source>
        <translation>obtenir la clé de l&apos;hôte d&apos;entrée</translation>
    </message>
    <message>
        <source>start %1</source>
        <translation>démarrer %1</translation>
    </message>
    <message>
        <source>stop %1</source>
        <translation>arrêter %1</translation>
    </message>
    <message>
        <source>Starting and stopping %1 needs the admin role on it; you are %2 (spaces answered 403).</source>
        <translation>Démarrer et arrêter %1 nécessite le rôle admin sur ce Space&#x202f;; votre rôle actuel&#xa0;: %2 (spaces a répondu 403).</translation>
    </message>
    <message>
        <source>not an admin</source>
        <translation>non administrateur</translation>
    </message>
    <message>
        <source>a %1</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>register the key</source>
        <translation>enregistrer la clé</translation>
    </message>
    <message>
        <source>list your SSH keys</source>
        <translation>lister vos clés SSH</translation>
    </message>
    <message>
        <source>remove the key %1</source>
        <translation>supprimer la clé %1</translation>
    </message>
    <message>
        <source>issue a certificate</source>
        <translation>délivrer un certificat</translation>
    </message>
    <message>
        <source>spaces control plane %1</source>
        <translation>Plan de contrôle spaces %1</translation>
    </message>
</context>
<context>
    <name>keyport::SshConfigReader</name>
    <message>
        <source>unterminated quote</source>
        <translation>guillemet non fermé</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1: Include %2 could not be expanded; it was skipped.</source>
        <translation>%1&#xa0;: l&apos;Include %2 n&apos;a pas pu être développé&#x202f;; il a été ignoré.</translation>
    </message>
    <message>
        <source>%1 was not read: Includes nest more than %2 deep (OpenSSH refuses such a config).</source>
        <translation>%1 n&apos;a pas été lu&#xa0;: les Include s&apos;imbriquent sur plus de %2 niveaux (OpenSSH refuse une telle configuration).</translation>
    </message>
    <message>
        <source>%1 was not read again: it includes itself (an Include loop).</source>
        <translation>%1 n&apos;a pas été relu&#xa0;: il s&apos;inclut lui-même (une boucle d&apos;Include).</translation>
    </message>
    <message>
        <source>%1 and the Includes after it were not read: the files included add up to more than %2 MiB.</source>
        <translation>%1 et les Include qui suivent n&apos;ont pas été lus&#xa0;: les fichiers inclus dépassent %2 Mio au total.</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 and the Includes after it were not read: Include read more than %2 files (are files included many times over?).</source>
        <translation>%1 et les Include qui suivent n’ont pas été lus : Include a lu plus de %2 fichiers (des fichiers sont-ils inclus de nombreuses fois ?).</translation>
    </message>
    <message>
        <source>%1:%2: &quot;%3&quot; is not a port number (1 to 65535); ssh refuses this config.</source>
        <translation>%1:%2 : « %3 » n’est pas un numéro de port (1 à 65535) ; ssh refuse cette configuration.</translation>
    </message>
</context>
<context>
    <name>keyport::SshConfigSource</name>
    <message>
        <source>Hosts from your ssh config</source>
        <translation>Hôtes de votre configuration ssh</translation>
    </message>
</context>
<context>
    <name>keyport::SshIdentity</name>
    <message>
        <source>projects %1</source>
        <translation>projets %1</translation>
    </message>
    <message>
        <source>all of the tags %1</source>
        <translation>toutes les étiquettes %1</translation>
    </message>
    <message>
        <source>any of the tags %1</source>
        <translation>l&apos;une des étiquettes %1</translation>
    </message>
    <message>
        <source>every workspace</source>
        <translation>tous les espaces de travail</translation>
    </message>
    <message>
        <source>%1 is in project %2, which is not one of the projects identity &quot;%3&quot; is restricted to (%4).</source>
        <translation>%1 est dans le projet %2, qui ne fait pas partie des projets auxquels l&apos;identité «&#xa0;%3&#xa0;» est restreinte (%4).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>aucune étiquette</translation>
    </message>
    <message>
        <source>the tags %1</source>
        <translation>étiquettes %1</translation>
    </message>
    <message>
        <source>%1 has %2, but identity &quot;%3&quot; needs all of %4 (missing: %5).</source>
        <translation>%1&#xa0;: %2, mais l&apos;identité «&#xa0;%3&#xa0;» exige toutes les étiquettes %4 (manquantes&#xa0;: %5).</translation>
    </message>
    <message>
        <source>%1 has %2, but identity &quot;%3&quot; needs one of %4.</source>
        <translation>%1&#xa0;: %2, mais l&apos;identité «&#xa0;%3&#xa0;» exige l&apos;une des étiquettes %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an identity&apos;s name: 3 to 100 letters and digits, words joined by single hyphens or spaces.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être le nom d&apos;une identité&#xa0;: 3 à 100 lettres et chiffres, mots reliés par un seul tiret ou espace.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a %2 in an identity&apos;s restrictions: 3 to 100 letters and digits, words joined by single hyphens.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas valide comme %2 dans les restrictions d&apos;une identité&#xa0;: 3 à 100 lettres et chiffres, mots reliés par un seul tiret.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a %2 in an identity&apos;s restrictions.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas valide comme %2 dans les restrictions d&apos;une identité.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s), none of yours</source>
        <translation>
            <numerusform>%n clé, aucune des vôtres</numerusform>
            <numerusform>%n clés, aucune des vôtres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation>%1 (la vôtre)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (yours) and %n other key(s)</source>
        <translation>
            <numerusform>%1 (la vôtre) et %n autre clé</numerusform>
            <numerusform>%1 (la vôtre) et %n autres clés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyport::SshSession</name>
    <message>
        <source>Cannot connect to %1 port %2.</source>
        <translation>Impossible de se connecter à %1 port %2.</translation>
    </message>
    <message>
        <source>The server sent no host key.</source>
        <translation>Le serveur n&apos;a envoyé aucune clé d&apos;hôte.</translation>
    </message>
    <message>
        <source>Cannot read the server&apos;s host key.</source>
        <translation>Impossible de lire la clé d&apos;hôte du serveur.</translation>
    </message>
    <message>
        <source>libssh could not load the key.</source>
        <translation>libssh n&apos;a pas pu charger la clé.</translation>
    </message>
    <message>
        <source>%1@%2 did not accept the key %3.</source>
        <translation>%1@%2 n&apos;a pas accepté la clé %3.</translation>
    </message>
    <message>
        <source>%1@%2 accepted none of the ssh-agent&apos;s keys.</source>
        <translation>%1@%2 n&apos;a accepté aucune des clés du ssh-agent.</translation>
    </message>
    <message>
        <source>Cannot open a session channel.</source>
        <translation>Impossible d&apos;ouvrir un canal de session.</translation>
    </message>
    <message>
        <source>The remote command failed with exit status %1.</source>
        <translation>La commande distante a échoué avec le code de sortie %1.</translation>
    </message>
</context>
<context>
    <name>keyport::StdioStream</name>
    <message>
        <source>The SSH client closed its end of the pipe.</source>
        <translation>Le client SSH a fermé son extrémité du tube.</translation>
    </message>
</context>
<context>
    <name>keyport::TransferQueue</name>
    <message numerus="yes">
        <source>The workspace could not be reached again after %n tries: %1 Retry continues from where it stopped.</source>
        <translation>
            <numerusform>L’espace de travail n’a pas pu être joint à nouveau après %n essai&#xa0;: %1 «&#xa0;Réessayer&#xa0;» reprend là où la copie s’est arrêtée.</numerusform>
            <numerusform>L’espace de travail n’a pas pu être joint à nouveau après %n essais&#xa0;: %1 «&#xa0;Réessayer&#xa0;» reprend là où la copie s’est arrêtée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; what arrived stays as part files.</source>
        <translation>Annulé&#x202f;; ce qui est arrivé reste sous forme de fichiers partiels.</translation>
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
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop it; what arrived stays as part files, and copying again continues from there</source>
        <translation>L’arrêter&#x202f;; ce qui est arrivé reste sous forme de fichiers partiels, et copier à nouveau reprend à partir de là</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Continue a failed copy from where it stopped</source>
        <translation>Reprendre une copie échouée là où elle s’est arrêtée</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Retirer les terminés</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Terminé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>Copie en cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Connection lost; reconnecting…</source>
        <translation>Connexion perdue&#x202f;; reconnexion…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message numerus="yes">
        <source>Done, %n skipped</source>
        <translation>
            <numerusform>Terminé, %n ignoré</numerusform>
            <numerusform>Terminé, %n ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
</context>
<context>
    <name>keyport::UnlockKeyJob</name>
    <message>
        <source>%1 is protected by a passphrase and none is stored in the keychain.</source>
        <translation>%1 est protégée par une phrase de passe et aucune n&apos;est enregistrée dans le trousseau.</translation>
    </message>
    <message>
        <source>Wrong passphrase for %1.</source>
        <translation>Phrase de passe incorrecte pour %1.</translation>
    </message>
    <message>
        <source>%1 is protected by a passphrase and none was given; store it with `keyport-cli keys remember %1` or type it when asked.</source>
        <translation>%1 est protégée par une phrase de passe et aucune n&apos;a été fournie&#x202f;; enregistrez-la avec `keyport-cli keys remember %1` ou saisissez-la quand elle vous est demandée.</translation>
    </message>
    <message>
        <source>The passphrase stored in the keychain no longer opens %1.</source>
        <translation>La phrase de passe enregistrée dans le trousseau n&apos;ouvre plus %1.</translation>
    </message>
    <message>
        <source>Wrong passphrase, try again.</source>
        <translation>Phrase de passe incorrecte, réessayez.</translation>
    </message>
</context>
<context>
    <name>keyport::UnregisterKeyJob</name>
    <message>
        <source>Removing %1 from %2…</source>
        <translation>Suppression de %1 auprès de %2…</translation>
    </message>
</context>
<context>
    <name>keyport::WebSocketStream</name>
    <message>
        <source>The TLS certificate of %1 could not be verified; if this is a test server you trust, mark the source --insecure.</source>
        <translation>Le certificat TLS de %1 n&apos;a pas pu être vérifié&#x202f;; s&apos;il s&apos;agit d&apos;un serveur de test de confiance, marquez la source avec --insecure.</translation>
    </message>
    <message>
        <source>Cannot open the tunnel to %1.</source>
        <translation>Impossible d&apos;ouvrir le tunnel vers %1.</translation>
    </message>
    <message>
        <source>Cannot open the tunnel to %1: TLS is not available on this system.</source>
        <translation>Impossible d&apos;ouvrir le tunnel vers %1&#xa0;: TLS n&apos;est pas disponible sur ce système.</translation>
    </message>
    <message>
        <source>Cannot open the tunnel to %1: a request header is malformed.</source>
        <translation>Impossible d&apos;ouvrir le tunnel vers %1&#xa0;: un en-tête de la requête est mal formé.</translation>
    </message>
    <message>
        <source>the answer to the WebSocket upgrade is not HTTP</source>
        <translation>la réponse à la mise à niveau WebSocket n&apos;est pas du HTTP</translation>
    </message>
    <message>
        <source>no &quot;Upgrade: websocket&quot;</source>
        <translation>pas de «&#xa0;Upgrade: websocket&#xa0;»</translation>
    </message>
    <message>
        <source>no &quot;Connection: Upgrade&quot;</source>
        <translation>pas de «&#xa0;Connection: Upgrade&#xa0;»</translation>
    </message>
    <message>
        <source>a wrong Sec-WebSocket-Accept</source>
        <translation>un Sec-WebSocket-Accept erroné</translation>
    </message>
    <message>
        <source>an extension that was not asked for</source>
        <translation>une extension non demandée</translation>
    </message>
    <message>
        <source>a subprotocol that was not asked for</source>
        <translation>un sous-protocole non demandé</translation>
    </message>
    <message>
        <source>Cannot open the tunnel to %1: the server&apos;s WebSocket handshake is invalid.</source>
        <translation>Impossible d&apos;ouvrir le tunnel vers %1&#xa0;: la négociation WebSocket du serveur n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>%1 in the answer from %2</source>
        <translation>%1 dans la réponse de %2</translation>
    </message>
    <message>
        <source>; the server said: %1</source>
        <translation>&#x202f;; le serveur a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server refused the token (401): it expired or was revoked. Create a new token and add the source again.</source>
        <translation>Le serveur a refusé le jeton (401)&#xa0;: il a expiré ou a été révoqué. Créez un nouveau jeton et ajoutez de nouveau la source.</translation>
    </message>
    <message>
        <source>You are not allowed to use SSH on this workspace (403).</source>
        <translation>Vous n&apos;êtes pas autorisé à utiliser SSH sur cet espace de travail (403).</translation>
    </message>
    <message>
        <source>The server has no SSH endpoint for this workspace (404): it may be stopped, unknown, or have no sshd.</source>
        <translation>Le serveur n&apos;a pas de point d&apos;accès SSH pour cet espace de travail (404)&#xa0;: il est peut-être arrêté, inconnu, ou dépourvu de sshd.</translation>
    </message>
    <message>
        <source>The server redirected instead of opening the tunnel (%1): the workspace&apos;s server is probably stopped.</source>
        <translation>Le serveur a redirigé au lieu d&apos;ouvrir le tunnel (%1)&#xa0;: le serveur de l&apos;espace de travail est probablement arrêté.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The tunnel at %1 sent a text frame; it is not an SSH tunnel.</source>
        <translation>Le tunnel à l&apos;adresse %1 a envoyé une trame texte&#x202f;; ce n&apos;est pas un tunnel SSH.</translation>
    </message>
    <message>
        <source>The tunnel at %1 sent a frame of %2 bytes, more than Keyport accepts.</source>
        <translation>Le tunnel à l&apos;adresse %1 a envoyé une trame de %2 octets, plus que Keyport n&apos;en accepte.</translation>
    </message>
    <message>
        <source>The tunnel at %1 broke the WebSocket protocol.</source>
        <translation>Le tunnel à l&apos;adresse %1 a enfreint le protocole WebSocket.</translation>
    </message>
    <message>
        <source>the server closed the connection during the WebSocket handshake</source>
        <translation>le serveur a fermé la connexion pendant la négociation WebSocket</translation>
    </message>
    <message>
        <source>The tunnel to %1 closed unexpectedly (%2).</source>
        <translation>Le tunnel vers %1 s&apos;est fermé de manière inattendue (%2).</translation>
    </message>
    <message>
        <source>no close frame</source>
        <translation>pas de trame de fermeture</translation>
    </message>
</context>
<context>
    <name>keyport::WorkspaceDelegate</name>
    <message>
        <source>running</source>
        <translation>en marche</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>arrêt en cours</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>proxy</translation>
    </message>
</context>
<context>
    <name>keyport::WorkspaceDetails</name>
    <message>
        <source>Select a workspace to see how to reach it.

Enter or double-click connects.</source>
        <translation>Sélectionnez un espace de travail pour voir comment y accéder.

Entrée ou double-clic pour vous y connecter.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Open a terminal with ssh (Enter)</source>
        <translation>Ouvrir un terminal avec ssh (Entrée)</translation>
    </message>
    <message>
        <source>Open in VS Code</source>
        <translation>Ouvrir dans VS Code</translation>
    </message>
    <message>
        <source>Open in Cursor</source>
        <translation>Ouvrir dans Cursor</translation>
    </message>
    <message>
        <source>Start proxy</source>
        <translation>Démarrer le proxy</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Copy ssh command</source>
        <translation>Copier la commande ssh</translation>
    </message>
    <message>
        <source>Copy the ssh command (Ctrl+Shift+C)</source>
        <translation>Copier la commande ssh (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favori</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Proxy endpoint:</source>
        <translation>Point d&apos;accès du proxy&#xa0;:</translation>
    </message>
    <message>
        <source>%1 command for the proxy</source>
        <translation>Commande %1 pour le proxy</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the %1 command</source>
        <translation>Copier la commande %1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marche</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Démarrage en cours</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Arrêt en cours</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>State unknown</source>
        <translation>État inconnu</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>projet %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>service %1</translation>
    </message>
    <message>
        <source>tags %1</source>
        <translation>étiquettes %1</translation>
    </message>
    <message>
        <source>Host alias</source>
        <translation>Alias d&apos;hôte</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>(your user name)</source>
        <translation>(votre nom d&apos;utilisateur)</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>lecture…</translation>
    </message>
    <message>
        <source>(ssh&apos;s defaults and the agent)</source>
        <translation>(valeurs par défaut de ssh et l&apos;agent)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>checked by ssh against your known_hosts</source>
        <translation>vérifiée par ssh à l&apos;aide de votre known_hosts</translation>
    </message>
    <message>
        <source>%1 (pinned)</source>
        <translation>%1 (épinglée)</translation>
    </message>
    <message>
        <source>not pinned yet: you will be asked on first connect</source>
        <translation>pas encore épinglée&#xa0;: la question vous sera posée à la première connexion</translation>
    </message>
    <message>
        <source>Host key</source>
        <translation>Clé d&apos;hôte</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Agent forwarding</source>
        <translation>Transfert d&apos;agent</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>running on %1</source>
        <translation>en marche sur %1</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>Stop proxy</source>
        <translation>Arrêter le proxy</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Favourite ★</source>
        <translation>Favori ★</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>Last refreshed at %1.</source>
        <translation>Dernière actualisation à %1.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel what is being prepared</source>
        <translation>Annuler ce qui est en préparation</translation>
    </message>
    <message>
        <source>Browse files</source>
        <translation>Parcourir les fichiers</translation>
    </message>
    <message>
        <source>Browse, upload and download the workspace&apos;s files</source>
        <translation>Parcourir, téléverser et télécharger les fichiers de l’espace de travail</translation>
    </message>
    <message>
        <source>Cannot be connected: %1</source>
        <translation>Connexion impossible : %1</translation>
    </message>
    <message>
        <source>Its entry host runs a shell or a command only: no editor, Files view or proxy port.</source>
        <translation>Son hôte d&apos;entrée n&apos;exécute qu&apos;un shell ou une commande : ni éditeur, ni vue Fichiers, ni port proxy.</translation>
    </message>
    <message>
        <source>%1, from %2: pinned when you connect</source>
        <translation>%1, fournie par %2 : épinglée à la connexion</translation>
    </message>
    <message>
        <source>%1 sent none: connecting refuses until it does</source>
        <translation>%1 n&apos;en a envoyé aucune : la connexion est refusée tant qu&apos;elle manque</translation>
    </message>
    <message>
        <source>none yet: %1 issues one when you connect</source>
        <translation>aucun pour l&apos;instant : %1 en émet un à la connexion</translation>
    </message>
    <message>
        <source>Can&apos;t log in?</source>
        <translation>Connexion impossible&#x202f;?</translation>
    </message>
    <message>
        <source>Which key this workspace offers, and why a login may be refused</source>
        <translation>Quelle clé cet espace de travail propose, et pourquoi une connexion peut être refusée</translation>
    </message>
    <message>
        <source>with Keyport&apos;s known_hosts</source>
        <translation>avec le known_hosts de Keyport</translation>
    </message>
    <message>
        <source>Check the host key Keyport pinned and offer the workspace&apos;s key, instead of ssh asking about the host key itself</source>
        <translation>Vérifier la clé d&apos;hôte épinglée par Keyport et proposer la clé de l&apos;espace de travail, au lieu que ssh pose lui-même la question de la clé d&apos;hôte</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>%1 (identity &quot;%2&quot;)</source>
        <translation>%1 (identité «&#xa0;%2&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>keyport::WorkspaceModel</name>
    <message>
        <source>refreshing…</source>
        <translation>actualisation…</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>mis à jour à %1</translation>
    </message>
    <message>
        <source>%1, %2%3</source>
        <translation>%1, %2%3</translation>
    </message>
    <message>
        <source>, tags %1</source>
        <translation>, étiquettes %1</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
</context>
<context>
    <name>keyport::WorkspacesPage</name>
    <message>
        <source>Search workspaces (Ctrl+K) — project:  tag:  state:  source:</source>
        <translation>Rechercher des espaces de travail (Ctrl+K) — project:  tag:  state:  source:</translation>
    </message>
    <message>
        <source>Search workspaces</source>
        <translation>Rechercher des espaces de travail</translation>
    </message>
    <message>
        <source>Number of workspaces shown</source>
        <translation>Nombre d&apos;espaces de travail affichés</translation>
    </message>
    <message>
        <source>Refresh all</source>
        <translation>Tout actualiser</translation>
    </message>
    <message>
        <source>Refresh all sources</source>
        <translation>Actualiser toutes les sources</translation>
    </message>
    <message>
        <source>Refresh all sources (F5)</source>
        <translation>Actualiser toutes les sources (F5)</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>Proxy for %1: %2</source>
        <translation>Proxy pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Open in VS Code</source>
        <translation>Ouvrir dans VS Code</translation>
    </message>
    <message>
        <source>Open in Cursor</source>
        <translation>Ouvrir dans Cursor</translation>
    </message>
    <message>
        <source>Start proxy</source>
        <translation>Démarrer le proxy</translation>
    </message>
    <message>
        <source>Copy ssh command</source>
        <translation>Copier la commande ssh</translation>
    </message>
    <message>
        <source>Stop proxy</source>
        <translation>Arrêter le proxy</translation>
    </message>
    <message>
        <source>Refresh %1</source>
        <translation>Actualiser %1</translation>
    </message>
    <message>
        <source>Start workspace</source>
        <translation>Démarrer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Stop workspace</source>
        <translation>Arrêter l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Retirer des favoris</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Ajouter aux favoris</translation>
    </message>
    <message>
        <source>Preparing %1…</source>
        <translation>Préparation de %1…</translation>
    </message>
    <message>
        <source>Opened a terminal for %1.</source>
        <translation>Terminal ouvert pour %1.</translation>
    </message>
    <message>
        <source>Opening %1 in %2.</source>
        <translation>Ouverture de %1 dans %2.</translation>
    </message>
    <message>
        <source>Started %1.</source>
        <translation>%1 démarré.</translation>
    </message>
    <message>
        <source>Stopped %1.</source>
        <translation>%1 arrêté.</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Copié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Proxy for %1 on %2.</source>
        <translation>Proxy pour %1 sur %2.</translation>
    </message>
    <message>
        <source>The files of %1 are open.</source>
        <translation>Les fichiers de %1 sont ouverts.</translation>
    </message>
    <message>
        <source>Opened the files of %1.</source>
        <translation>Fichiers de %1 ouverts.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Open the files</source>
        <translation>Ouvrir les fichiers</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Browse, upload and download the selected workspace&apos;s files</source>
        <translation>Parcourir, téléverser et télécharger les fichiers de l’espace de travail sélectionné</translation>
    </message>
    <message>
        <source>Browse files</source>
        <translation>Parcourir les fichiers</translation>
    </message>
    <message>
        <source>Preparing the files of %1…</source>
        <translation>Préparation des fichiers de %1…</translation>
    </message>
    <message>
        <source>Opening the files of %1 was stopped.</source>
        <translation>L’ouverture des fichiers de %1 a été interrompue.</translation>
    </message>
    <message>
        <source>The files of %1 cannot be opened: %2</source>
        <translation>Les fichiers de %1 ne peuvent pas être ouverts&#xa0;: %2</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nothing to connect to yet&lt;/h3&gt;Keyport lists the workspaces of your ~/.ssh/config hosts and of the sources you add. Three ways in:</source>
        <translation>&lt;h3&gt;Rien à quoi se connecter pour l&apos;instant&lt;/h3&gt;Keyport liste les espaces de travail des hôtes de votre ~/.ssh/config et des sources que vous ajoutez. Trois façons de commencer&#xa0;:</translation>
    </message>
    <message>
        <source>You have no SSH key yet: make one (its passphrase goes into your keychain), or bring one you have.</source>
        <translation>Vous n&apos;avez pas encore de clé SSH&#xa0;: créez-en une (sa phrase de passe va dans votre trousseau), ou apportez une clé que vous possédez déjà.</translation>
    </message>
    <message>
        <source>Generate a key…</source>
        <translation>Générer une clé…</translation>
    </message>
    <message>
        <source>Import a key…</source>
        <translation>Importer une clé…</translation>
    </message>
    <message>
        <source>Add where your workspaces live: a knot server, a JupyterHub, a spaces control plane or Northflank.</source>
        <translation>Ajoutez l&apos;endroit où se trouvent vos espaces de travail&#xa0;: un serveur knot, un JupyterHub, un plan de contrôle spaces ou Northflank.</translation>
    </message>
    <message>
        <source>Add a source…</source>
        <translation>Ajouter une source…</translation>
    </message>
    <message>
        <source>Or try Keyport on this machine: the local sandbox is an sshd of your own, with a terminal and the Files view a click away.</source>
        <translation>Ou essayez Keyport sur cette machine&#xa0;: le bac à sable local est votre propre sshd, avec un terminal et la vue Fichiers à portée de clic.</translation>
    </message>
    <message>
        <source>Try the local sandbox</source>
        <translation>Essayer le bac à sable local</translation>
    </message>
    <message>
        <source>%1 %2 Next: %3</source>
        <translation>%1 %2 Prochaine étape&#xa0;: %3</translation>
    </message>
    <message>
        <source>Checking how %1 logs in…</source>
        <translation>Vérification de la connexion à %1…</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Prochaine étape&#xa0;:</translation>
    </message>
    <message>
        <source>nothing Keyport can see is in the way; `ssh -v %1` shows what the server says.</source>
        <translation>rien de ce que Keyport peut voir ne fait obstacle&#x202f;; `ssh -v %1` affiche ce que dit le serveur.</translation>
    </message>
    <message>
        <source>Logging in to %1</source>
        <translation>Connexion à %1</translation>
    </message>
</context>
<context>
    <name>keyport::keylines</name>
    <message>
        <source>No key with fingerprint %1 is registered with %2; `keyport-cli keys registered --source %2` lists them.</source>
        <translation>Aucune clé d&apos;empreinte %1 n&apos;est enregistrée auprès de %2 ; `keyport-cli keys registered --source %2` les liste.</translation>
    </message>
</context>
<context>
    <name>keyport::knotconfig</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
</context>
<context>
    <name>keyport::paths</name>
    <message>
        <source>Cannot create %1: check that your home directory is writable.</source>
        <translation>Impossible de créer %1&#xa0;: vérifiez que votre répertoire personnel est accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot set permissions 0700 on %1.</source>
        <translation>Impossible de définir les permissions 0700 sur %1.</translation>
    </message>
</context>
<context>
    <name>keyport::sftp</name>
    <message>
        <source>The workspace&apos;s SFTP server sent a message Keyport cannot read.</source>
        <translation>Le serveur SFTP de l’espace de travail a envoyé un message que Keyport ne sait pas lire.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>end of file</source>
        <translation>fin de fichier</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>aucun fichier ou dossier de ce nom</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>failed (the disk may be full, or the name taken)</source>
        <translation>échec (le disque est peut-être plein, ou le nom déjà pris)</translation>
    </message>
    <message>
        <source>the server refused the request (a name too long?)</source>
        <translation>le serveur a refusé la requête (un nom trop long ?)</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>la connexion a été perdue</translation>
    </message>
    <message>
        <source>the server does not support this</source>
        <translation>le serveur ne le prend pas en charge</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>erreur %1</translation>
    </message>
</context>
<context>
    <name>keyport::workspacesettings</name>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Le port doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is not allowed.</source>
        <translation>L&apos;étiquette «&#xa0;%1&#xa0;» n&apos;est pas autorisée.</translation>
    </message>
    <message>
        <source>A host named %1 exists already; remove it first.</source>
        <translation>Un hôte nommé %1 existe déjà&#x202f;; supprimez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>There is no host named %1.</source>
        <translation>Il n&apos;existe aucun hôte nommé %1.</translation>
    </message>
</context>
</TS>
