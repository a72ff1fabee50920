// The German and French catalogues: every message translated, and every
// translation keeps its source's placeholders, HTML tags and accelerator.
// Pure parsing of the .ts files (the .qm files are embedded in the app).
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

#include <algorithm>
#include <functional>

namespace {

struct TsMessage {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // empty when finished; "unfinished", "vanished" or "obsolete" otherwise
    QStringList translations; // one text, or one per numerus form
};

struct TsCatalogue {
    QString language;
    QList<TsMessage> messages;
    QString error;
};

QString translationsDir()
{
    return QStringLiteral(KEYPORT_TRANSLATIONS_DIR);
}

TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage m;
    m.context = context;
    m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("comment")) {
            m.comment = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        m.translations << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                m.translations << xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return m;
}

TsCatalogue parseTs(const QString &path)
{
    TsCatalogue cat;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        cat.error = QStringLiteral("cannot open: ") + f.errorString();
        return cat;
    }
    QXmlStreamReader xml(&f);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("TS")) {
        cat.error = QStringLiteral("cannot parse: not a Qt Linguist TS file");
        return cat;
    }
    cat.language = xml.attributes().value(QLatin1String("language")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("context")) {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                cat.messages << readMessage(xml, context);
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        cat.error =
            QStringLiteral("cannot parse: line %1: %2").arg(QString::number(xml.lineNumber()), xml.errorString());
    return cat;
}

// %1..%99 and %L1..%L99, sorted so that two lists compare as multisets; %n too
// when asked (for numerus messages its presence is checked on its own).
QStringList placeholders(const QString &text, bool withN)
{
    static const QRegularExpression re(QStringLiteral("%(?:L?[0-9]{1,2}|n)"));
    QStringList found;
    for (const auto &m : re.globalMatch(text)) {
        if (withN || m.captured() != QLatin1String("%n"))
            found << m.captured();
    }
    std::sort(found.begin(), found.end());
    return found;
}

// Tag names such as "b", "/h3", "br", sorted.
QStringList htmlTags(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("<\\s*(/?)\\s*([A-Za-z][A-Za-z0-9]*)\\b[^<>]*>"));
    QStringList found;
    for (const auto &m : re.globalMatch(text))
        found << m.captured(1) + m.captured(2).toLower();
    std::sort(found.begin(), found.end());
    return found;
}

// Accelerator markers: an "&" that is neither "&&" (a literal ampersand) nor
// the start of an HTML entity such as "&amp;" or "&#169;".
int accelerators(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("&&|&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);|&"));
    int count = 0;
    for (const auto &m : re.globalMatch(text)) {
        if (m.capturedLength() == 1)
            ++count;
    }
    return count;
}

QString shown(QString text)
{
    return text.replace(QLatin1Char('\n'), QLatin1String("\\n"));
}

// German and French have two plural forms; other languages need at least one.
int expectedNumerusForms(const QString &language)
{
    const QString code = language.section(QLatin1Char('_'), 0, 0);
    if (code == QLatin1String("de") || code == QLatin1String("fr"))
        return 2;
    return 1;
}

void compareText(const QString &source, const QString &translation, bool numerus, const QString &form,
                 QStringList &whats)
{
    const QStringList sourcePlaceholders = placeholders(source, !numerus);
    const QStringList translationPlaceholders = placeholders(translation, !numerus);
    if (sourcePlaceholders != translationPlaceholders)
        whats << QStringLiteral("%1placeholders differ: source has [%2], translation has [%3]")
                     .arg(form, sourcePlaceholders.join(QLatin1Char(' ')),
                          translationPlaceholders.join(QLatin1Char(' ')));
    if (numerus && source.contains(QLatin1String("%n")) != translation.contains(QLatin1String("%n")))
        whats << QStringLiteral("%1%n is %2 the translation")
                     .arg(form, source.contains(QLatin1String("%n")) ? QStringLiteral("missing from")
                                                                     : QStringLiteral("only in"));
    const QStringList sourceTags = htmlTags(source);
    const QStringList translationTags = htmlTags(translation);
    if (sourceTags != translationTags)
        whats << QStringLiteral("%1HTML tags differ: source has [%2], translation has [%3]")
                     .arg(form, sourceTags.join(QLatin1Char(' ')), translationTags.join(QLatin1Char(' ')));
    const int sourceAccelerators = accelerators(source);
    const int translationAccelerators = accelerators(translation);
    if (sourceAccelerators != translationAccelerators)
        whats << QStringLiteral("%1accelerators (&) differ: source has %2, translation has %3")
                     .arg(form, QString::number(sourceAccelerators), QString::number(translationAccelerators));
}

// Everything wrong with one catalogue, one line per problem, each naming the
// context and source text; empty when the catalogue is complete and faithful.
QStringList checkCatalogue(const QString &path)
{
    const QFileInfo info(path);
    const QString file = info.fileName();
    const TsCatalogue cat = parseTs(path);
    if (!cat.error.isEmpty())
        return { file + QStringLiteral(": ") + cat.error };
    QStringList problems;
    if (cat.messages.isEmpty())
        problems << file + QStringLiteral(": no messages at all");
    const QString code = info.completeBaseName().section(QLatin1Char('_'), 1);
    if (!code.isEmpty() && cat.language.section(QLatin1Char('_'), 0, 0) != code)
        problems << QStringLiteral("%1: language=\"%2\" does not match the file name").arg(file, cat.language);
    const int forms = expectedNumerusForms(cat.language);
    for (const TsMessage &m : cat.messages) {
        QStringList whats;
        if (!m.type.isEmpty()) {
            whats << (m.type == QLatin1String("unfinished")
                          ? QStringLiteral("unfinished")
                          : m.type + QStringLiteral(" (no longer in the sources: run keyport_lupdate)"));
        } else if (m.translations.isEmpty()) {
            whats << QStringLiteral("no translation");
        } else if (!m.numerus) {
            if (m.translations.constFirst().trimmed().isEmpty())
                whats << QStringLiteral("empty translation");
            else
                compareText(m.source, m.translations.constFirst(), false, QString(), whats);
        } else {
            if (m.translations.size() < forms)
                whats << QStringLiteral("%1 numerus form(s), expected %2")
                             .arg(QString::number(m.translations.size()), QString::number(forms));
            for (int i = 0; i < m.translations.size(); ++i) {
                const QString form = QStringLiteral("numerus form %1: ").arg(i + 1);
                if (m.translations.at(i).trimmed().isEmpty())
                    whats << form + QStringLiteral("empty translation");
                else
                    compareText(m.source, m.translations.at(i), true, form, whats);
            }
        }
        for (const QString &what : std::as_const(whats))
            problems << QStringLiteral("%1 [%2] \"%3\": %4").arg(file, m.context, shown(m.source), what);
    }
    return problems;
}

QSet<QString> messageKeys(const TsCatalogue &cat)
{
    QSet<QString> keys;
    for (const TsMessage &m : cat.messages)
        keys.insert(m.context + QChar(0x1f) + m.source + QChar(0x1f) + m.comment);
    return keys;
}

QString describeKey(const QString &key)
{
    const QStringList parts = key.split(QChar(0x1f));
    return QStringLiteral("[%1] \"%2\"").arg(parts.value(0), shown(parts.value(1)));
}

// The (context, source) pairs only one of the two catalogues has.
QStringList checkSameMessages(const QString &pathA, const QString &pathB)
{
    const TsCatalogue a = parseTs(pathA);
    const TsCatalogue b = parseTs(pathB);
    const QString fileA = QFileInfo(pathA).fileName();
    const QString fileB = QFileInfo(pathB).fileName();
    if (!a.error.isEmpty() || !b.error.isEmpty())
        return { QStringLiteral("%1: %2 / %3: %4").arg(fileA, a.error, fileB, b.error) };
    const QSet<QString> keysA = messageKeys(a);
    const QSet<QString> keysB = messageKeys(b);
    QStringList problems;
    for (const QString &key : keysA)
        if (!keysB.contains(key))
            problems << QStringLiteral("only in %1: %2").arg(fileA, describeKey(key));
    for (const QString &key : keysB)
        if (!keysA.contains(key))
            problems << QStringLiteral("only in %1: %2").arg(fileB, describeKey(key));
    problems.sort();
    return problems;
}

QString readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(f.readAll());
}

bool writeAll(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) >= 0;
}

// Rewrites the first match of `pattern` in the raw XML with `edit`; a null
// string when the catalogue has nothing the pattern matches.
QString editFirst(const QString &text, const QString &pattern, const std::function<QString(QString)> &edit)
{
    const QRegularExpression re(pattern, QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return QString();
    QString mutated = text;
    mutated.replace(m.capturedStart(), m.capturedLength(), edit(m.captured()));
    return mutated;
}

QString removeFirst(QString text, const QString &what)
{
    return text.remove(text.indexOf(what), what.size());
}

// One deliberate mistake in the raw .ts text, as a translator or a bad merge
// would make it.
QString mutate(const QString &text, const QString &kind)
{
    if (kind == QLatin1String("unfinished"))
        return editFirst(text, QStringLiteral("<translation>"),
                         [](const QString &) { return QStringLiteral("<translation type=\"unfinished\">"); });
    if (kind == QLatin1String("vanished"))
        return editFirst(text, QStringLiteral("<translation>"),
                         [](const QString &) { return QStringLiteral("<translation type=\"vanished\">"); });
    if (kind == QLatin1String("empty"))
        return editFirst(text, QStringLiteral("<translation>[^<]+</translation>"),
                         [](const QString &) { return QStringLiteral("<translation></translation>"); });
    if (kind == QLatin1String("empty-numerus-form"))
        return editFirst(text, QStringLiteral("<numerusform>[^<]+</numerusform>"),
                         [](const QString &) { return QStringLiteral("<numerusform></numerusform>"); });
    if (kind == QLatin1String("missing-placeholder"))
        return editFirst(text, QStringLiteral("<translation>[^<]*%1[^<]*</translation>"),
                         [](const QString &s) { return removeFirst(s, QStringLiteral("%1")); });
    if (kind == QLatin1String("missing-%n"))
        return editFirst(text, QStringLiteral("<numerusform>[^<]*%n[^<]*</numerusform>"),
                         [](const QString &s) { return removeFirst(s, QStringLiteral("%n")); });
    if (kind == QLatin1String("dropped-tag"))
        return editFirst(text, QStringLiteral("<translation>[^<]*&lt;b&gt;[^<]*</translation>"),
                         [](const QString &s) { return removeFirst(s, QStringLiteral("&lt;b&gt;")); });
    if (kind == QLatin1String("dropped-accelerator"))
        return editFirst(text, QStringLiteral("<translation>&amp;[^<]*</translation>"),
                         [](const QString &s) { return removeFirst(s, QStringLiteral("&amp;")); });
    if (kind == QLatin1String("broken-xml"))
        return text.left(text.size() / 2);
    return QString();
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void cataloguesHaveTheSameMessages();
    void checkerCatchesMistakes_data();
    void checkerCatchesMistakes();
    void checkerCatchesAMissingMessage();
    void englishHasEveryPlural();
};

void TestTranslations::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("de") << translationsDir() + QStringLiteral("/keyport_de.ts");
    QTest::newRow("fr") << translationsDir() + QStringLiteral("/keyport_fr.ts");
    QTest::newRow("en (plurals)") << translationsDir() + QStringLiteral("/keyport_en.ts");
}

void TestTranslations::catalogueIsComplete()
{
    QFETCH(QString, path);
    QVERIFY2(QFileInfo::exists(path), qPrintable(path));
    QVERIFY(!parseTs(path).messages.isEmpty());
    const QStringList problems = checkCatalogue(path);
    if (!problems.isEmpty())
        QFAIL(qPrintable(QStringLiteral("%1 problem(s):\n").arg(problems.size()) + problems.join(QLatin1Char('\n'))));
}

void TestTranslations::cataloguesHaveTheSameMessages()
{
    const QStringList problems = checkSameMessages(translationsDir() + QStringLiteral("/keyport_de.ts"),
                                                   translationsDir() + QStringLiteral("/keyport_fr.ts"));
    if (!problems.isEmpty())
        QFAIL(qPrintable(QStringLiteral("the catalogues differ; run keyport_lupdate:\n")
                         + problems.join(QLatin1Char('\n'))));
}

void TestTranslations::checkerCatchesMistakes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    for (const QString &lang : { QStringLiteral("de"), QStringLiteral("fr") }) {
        const QString file = QStringLiteral("keyport_%1.ts").arg(lang);
        const auto row = [&](const char *kind, const char *expected) {
            QTest::addRow("%s-%s", qPrintable(lang), kind)
                << file << QString::fromLatin1(kind) << QString::fromLatin1(expected);
        };
        row("unfinished", "unfinished");
        row("vanished", "vanished");
        row("empty", "empty translation");
        row("empty-numerus-form", "empty translation");
        row("missing-placeholder", "placeholders differ");
        row("missing-%n", "%n is missing");
        row("dropped-tag", "HTML tags differ");
        row("dropped-accelerator", "accelerators (&) differ");
        row("broken-xml", "cannot parse");
    }
}

// Each check can fail: one mistake in a copy of the real catalogue gives
// exactly one problem, and it names the mistake.
void TestTranslations::checkerCatchesMistakes()
{
    QFETCH(QString, file);
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const QString original = readAll(translationsDir() + QLatin1Char('/') + file);
    QVERIFY(!original.isEmpty());
    const QString mutated = mutate(original, kind);
    QVERIFY2(!mutated.isNull(), qPrintable(QStringLiteral("%1 has no entry to break for %2").arg(file, kind)));
    QVERIFY(mutated != original);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(file);
    QVERIFY(writeAll(copy, original));
    QCOMPARE(checkCatalogue(copy), QStringList());
    QVERIFY(writeAll(copy, mutated));
    const QStringList problems = checkCatalogue(copy);
    QVERIFY2(problems.size() == 1 && problems.constFirst().contains(expected),
             qPrintable(QStringLiteral("expected one problem mentioning \"%1\", got:\n%2")
                            .arg(expected, problems.join(QLatin1Char('\n')))));
}

void TestTranslations::checkerCatchesAMissingMessage()
{
    const QString de = translationsDir() + QStringLiteral("/keyport_de.ts");
    const QString original = readAll(translationsDir() + QStringLiteral("/keyport_fr.ts"));
    const QString mutated =
        editFirst(original, QStringLiteral("    <message>.*?</message>\n"), [](const QString &) { return QString(); });
    QVERIFY(!mutated.isNull());
    const QString removedSource = parseTs(de).messages.value(0).source;
    QVERIFY(!removedSource.isEmpty());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("keyport_fr.ts"));
    QVERIFY(writeAll(copy, mutated));
    const QStringList problems = checkSameMessages(de, copy);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().startsWith(QLatin1String("only in keyport_de.ts"))
                 && problems.constFirst().contains(removedSource),
             qPrintable(problems.constFirst()));
}

// English speaks its plurals: every "%n item(s)" of the app's catalogues
// has a singular and a plural in keyport_en (plurals only; the CLI's own are
// there too), and the built catalogue gives them.
void TestTranslations::englishHasEveryPlural()
{
    const TsCatalogue en = parseTs(translationsDir() + QStringLiteral("/keyport_en.ts"));
    const TsCatalogue de = parseTs(translationsDir() + QStringLiteral("/keyport_de.ts"));
    QVERIFY2(en.error.isEmpty(), qPrintable(en.error));
    QSet<QString> plurals;
    for (const TsMessage &m : en.messages) {
        QVERIFY2(m.numerus, qPrintable(m.source));
        plurals.insert(m.context + QChar(0x1f) + m.source);
        QCOMPARE(m.translations.size(), 2);
        for (const QString &form : m.translations)
            QVERIFY2(form.contains(QLatin1String("%n")) && !form.contains(QLatin1String("(s)"))
                         && !form.contains(QLatin1String("(ies)")),
                     qPrintable(form));
    }
    for (const TsMessage &m : de.messages)
        if (m.numerus)
            QVERIFY2(plurals.contains(m.context + QChar(0x1f) + m.source),
                     qPrintable(QStringLiteral("not in keyport_en.ts (run keyport_lupdate): ") + m.source));
    QTranslator built;
    QVERIFY(built.load(QStringLiteral(KEYPORT_EN_QM)));
    QCOMPARE(built.translate("keyport::SshIdentity", "%n key(s), none of yours", nullptr, 1),
             QStringLiteral("%n key, none of yours"));
    QCOMPARE(built.translate("keyport::SshIdentity", "%n key(s), none of yours", nullptr, 3),
             QStringLiteral("%n keys, none of yours"));
}

QTEST_APPLESS_MAIN(TestTranslations)
#include "tst_translations.moc"
