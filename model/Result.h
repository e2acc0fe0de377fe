#pragma once

#include <QString>

#include <optional>
#include <utility>

// A value or a message saying why there is none. The message is written for the person who has to act
// on it (a merchant, a shop developer), never a code to look up.
template <typename T> class Result
{
public:
    static Result success(T value)
    {
        Result result;
        result.m_value = std::move(value);
        return result;
    }
    static Result failure(QString message, QString param = {})
    {
        Result result;
        result.m_error = std::move(message);
        result.m_param = std::move(param);
        return result;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const QString &error() const { return m_error; }
    // The request field the error is about, where there is one ("amount.value").
    const QString &param() const { return m_param; }

private:
    std::optional<T> m_value;
    QString m_error;
    QString m_param;
};
