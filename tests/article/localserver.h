// SPDX-License-Identifier: GPL-2.0-or-later
// A small HTTP/1.1 server on 127.0.0.1 for the article tests: routes answer from a table, fixed and
// deterministic (no timers): a route can answer, redirect, stall (never answer, or stop half-way) or break.
#pragma once

#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <functional>

namespace Claimbench::Test {

struct Response {
    enum class Mode { Answer, Silent, Stall, Cut, Garbage };
    Mode mode = Mode::Answer;
    int status = 200;
    QByteArray reason = "OK";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

class LocalServer : public QTcpServer
{
public:
    LocalServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                m_sockets.append(socket);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
            }
        });
    }
    bool start() { return listen(QHostAddress::LocalHost, 0); }
    QString url(const QString &path) const { return QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path); }

    QHash<QString, Response> routes;
    QList<QByteArray> requests;           ///< the request lines and headers received, one entry a request
    QList<QByteArray> requestPaths;

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.isEmpty() && buffer[0] == char(0x16)) { // a TLS ClientHello on a plain-HTTP port
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
            return;
        }
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        buffer.remove(0, end + 4);
        requests.append(head);
        const QByteArray path = head.split(' ').value(1);
        requestPaths.append(path);
        const Response r = routes.value(QString::fromLatin1(path), Response{Response::Mode::Answer, 404, "Not Found", {}, "no such page"});
        if (r.mode == Response::Mode::Silent)
            return; // never answers
        if (r.mode == Response::Mode::Garbage) {
            socket->write("THIS IS NOT HTTP\r\n\r\n");
            socket->disconnectFromHost();
            return;
        }
        QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + r.reason + "\r\n";
        bool hasLength = false;
        for (const auto &h : r.headers) {
            out += h.first + ": " + h.second + "\r\n";
            hasLength = hasLength || h.first.toLower() == "content-length";
        }
        if (!hasLength && r.mode == Response::Mode::Answer)
            out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
        if (r.mode == Response::Mode::Answer)
            out += "Connection: close\r\n";
        out += "\r\n";
        out += r.body;
        socket->write(out);
        if (r.mode == Response::Mode::Cut || (r.mode == Response::Mode::Answer))
            socket->disconnectFromHost();
        // Stall: the headers (and part of the body) are sent, then nothing more.
    }
    QList<QTcpSocket *> m_sockets;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

inline Response html(const QByteArray &body, const QByteArray &contentType = "text/html; charset=utf-8")
{
    Response r;
    r.headers = {{"Content-Type", contentType}};
    r.body = body;
    return r;
}

inline Response redirect(int status, const QByteArray &location, const QList<QPair<QByteArray, QByteArray>> &extra = {})
{
    Response r;
    r.status = status;
    r.reason = status == 301 ? "Moved Permanently" : "Found";
    r.headers = {{"Location", location}};
    r.headers += extra;
    return r;
}

} // namespace Claimbench::Test
