#include "args.h"

#include "common/text.h"

namespace keyport::cli {

Result<Args> parseArgs(const QStringList &argv, const ArgSpec &spec)
{
    Args args;
    for (qsizetype i = 0; i < argv.size(); ++i) {
        const QString &a = argv[i];
        if (a == QLatin1String("--")) {
            args.rest = argv.mid(i + 1);
            break;
        }
        if (a.startsWith(QLatin1String("--"))) {
            const qsizetype eq = a.indexOf(QLatin1Char('='));
            const QString name = a.mid(2, eq < 0 ? -1 : eq - 2);
            if (spec.flags.contains(name) && eq < 0) {
                args.flags.insert(name);
            } else if (spec.valued.contains(name)) {
                if (eq >= 0)
                    args.values.insert(name, a.mid(eq + 1));
                else if (i + 1 < argv.size())
                    args.values.insert(name, argv[++i]);
                else
                    return Error(ErrorCode::InvalidArgument, tr("--%1 needs a value.").arg(name));
                args.repeated[name] << args.values.value(name);
            } else {
                return Error(ErrorCode::InvalidArgument, tr("Unknown option %1.").arg(printable(a, 60)));
            }
            continue;
        }
        if (a.startsWith(QLatin1Char('-')) && a.size() > 1 && !spec.shortFlags.isEmpty()) {
            // -ra is -r -a, as in cp.
            bool known = true;
            for (qsizetype k = 1; k < a.size(); ++k)
                known = known && spec.shortFlags.contains(a.mid(k, 1));
            if (known) {
                for (qsizetype k = 1; k < a.size(); ++k)
                    args.flags.insert(spec.shortFlags.value(a.mid(k, 1)));
                continue;
            }
        }
        if (a.startsWith(QLatin1Char('-')) && a.size() > 1)
            return Error(ErrorCode::InvalidArgument, tr("Unknown option %1.").arg(printable(a, 60)));
        args.positional << a;
    }
    if (args.positional.size() < spec.minPositional)
        return Error(ErrorCode::InvalidArgument, tr("Missing argument."));
    if (args.positional.size() > spec.maxPositional)
        return Error(ErrorCode::InvalidArgument,
                     tr("Unexpected argument \"%1\".").arg(printable(args.positional.value(spec.maxPositional), 60)));
    return args;
}

} // namespace keyport::cli
