// The literal text of a JSON number, so that a price never passes through a double.
#include "PriceFormats.h"

#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace prices {

namespace {
constexpr int kMaxJsonDepth = 64;

// Walks a JSON text strictly (RFC 8259) and keeps the literal of the number at one path of object keys.
class NumberLiteralScanner
{
public:
    NumberLiteralScanner(const QByteArray &body, const QStringList &path)
        : m_body(body)
        , m_path(path)
    {}

    Result<QByteArray> run()
    {
        skipWhitespace();
        if (!value(0))
            return Result<QByteArray>::failure(m_error);
        skipWhitespace();
        if (m_pos != m_body.size())
            return Result<QByteArray>::failure(u"is not JSON: text after the end at byte %1"_s.arg(m_pos));
        if (!m_found)
            return Result<QByteArray>::failure(u"has no number at %1"_s.arg(m_path.join(u'.')));
        return Result<QByteArray>::success(*m_found);
    }

private:
    bool fail(const QString &what)
    {
        if (m_error.isEmpty())
            m_error = u"is not JSON: %1 at byte %2"_s.arg(what).arg(m_pos);
        return false;
    }

    char peek() const { return m_pos < m_body.size() ? m_body.at(m_pos) : '\0'; }
    bool atEnd() const { return m_pos >= m_body.size(); }

    void skipWhitespace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_pos;
    }

    bool onPath() const
    {
        if (m_keys.size() != static_cast<size_t>(m_path.size()))
            return false;
        for (size_t i = 0; i < m_keys.size(); ++i) {
            if (!m_keys[i] || *m_keys[i] != m_path[static_cast<qsizetype>(i)])
                return false;
        }
        return true;
    }

    bool value(int depth)
    {
        if (depth > kMaxJsonDepth)
            return fail(u"nested too deeply"_s);
        if (atEnd())
            return fail(u"unexpected end"_s);
        const char c = peek();
        if (c == '{')
            return object(depth);
        if (c == '[')
            return array(depth);
        if (c == '"') {
            QString ignored;
            return string(ignored);
        }
        if (c == '-' || (c >= '0' && c <= '9'))
            return number();
        for (const char *word : {"true", "false", "null"}) {
            const QByteArrayView literal(word);
            if (QByteArrayView(m_body).sliced(m_pos).startsWith(literal)) {
                m_pos += literal.size();
                return true;
            }
        }
        return fail(u"unexpected character"_s);
    }

    bool object(int depth)
    {
        ++m_pos; // {
        skipWhitespace();
        if (peek() == '}') {
            ++m_pos;
            return true;
        }
        while (true) {
            skipWhitespace();
            QString key;
            if (peek() != '"' || !string(key))
                return fail(u"expected a key"_s);
            skipWhitespace();
            if (peek() != ':')
                return fail(u"expected ':'"_s);
            ++m_pos;
            skipWhitespace();
            m_keys.push_back(key);
            const bool ok = value(depth + 1);
            m_keys.pop_back();
            if (!ok)
                return false;
            skipWhitespace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == '}') {
                ++m_pos;
                return true;
            }
            return fail(u"expected ',' or '}'"_s);
        }
    }

    bool array(int depth)
    {
        ++m_pos; // [
        skipWhitespace();
        if (peek() == ']') {
            ++m_pos;
            return true;
        }
        m_keys.push_back(std::nullopt); // array elements are never on a path of object keys
        while (true) {
            skipWhitespace();
            if (!value(depth + 1)) {
                m_keys.pop_back();
                return false;
            }
            skipWhitespace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            m_keys.pop_back();
            if (peek() == ']') {
                ++m_pos;
                return true;
            }
            return fail(u"expected ',' or ']'"_s);
        }
    }

    bool string(QString &out)
    {
        ++m_pos; // "
        QByteArray chunk;
        while (true) {
            if (atEnd())
                return fail(u"unterminated string"_s);
            const char c = m_body.at(m_pos++);
            if (c == '"')
                break;
            if (static_cast<unsigned char>(c) < 0x20)
                return fail(u"control character in a string"_s);
            if (c != '\\') {
                chunk += c;
                continue;
            }
            if (atEnd())
                return fail(u"unterminated escape"_s);
            const char escape = m_body.at(m_pos++);
            switch (escape) {
            case '"':
            case '\\':
            case '/':
                chunk += escape;
                break;
            case 'b':
                chunk += '\b';
                break;
            case 'f':
                chunk += '\f';
                break;
            case 'n':
                chunk += '\n';
                break;
            case 'r':
                chunk += '\r';
                break;
            case 't':
                chunk += '\t';
                break;
            case 'u': {
                bool ok = false;
                const ushort code = m_body.mid(m_pos, 4).toUShort(&ok, 16);
                if (!ok || m_body.mid(m_pos, 4).size() != 4)
                    return fail(u"bad \\u escape"_s);
                m_pos += 4;
                out += QString::fromUtf8(chunk);
                chunk.clear();
                out += QChar(code);
                break;
            }
            default:
                return fail(u"bad escape"_s);
            }
        }
        out += QString::fromUtf8(chunk);
        return true;
    }

    bool number()
    {
        const qsizetype start = m_pos;
        auto digits = [this] {
            const qsizetype from = m_pos;
            while (!atEnd() && peek() >= '0' && peek() <= '9')
                ++m_pos;
            return m_pos - from;
        };
        if (peek() == '-')
            ++m_pos;
        if (peek() == '0')
            ++m_pos;
        else if (digits() == 0)
            return fail(u"bad number"_s);
        if (peek() == '.') {
            ++m_pos;
            if (digits() == 0)
                return fail(u"bad number"_s);
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            if (digits() == 0)
                return fail(u"bad number"_s);
        }
        if (onPath()) {
            if (m_found) {
                m_error = u"has %1 twice"_s.arg(m_path.join(u'.'));
                return false;
            }
            m_found = m_body.mid(start, m_pos - start);
        }
        return true;
    }

    const QByteArray &m_body;
    const QStringList &m_path;
    qsizetype m_pos = 0;
    std::vector<std::optional<QString>> m_keys; // nullopt inside arrays
    std::optional<QByteArray> m_found;
    QString m_error;
};
} // namespace

Result<QByteArray> jsonNumberLiteral(const QByteArray &body, const QStringList &path)
{
    return NumberLiteralScanner(body, path).run();
}

} // namespace prices
