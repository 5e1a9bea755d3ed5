// SPDX-License-Identifier: GPL-2.0-or-later
// The offline copy of a fetched page: one HTML file with its stylesheets, images and fonts inside, and nothing
// that runs or loads from outside. Resources come through the page's own fetcher (no cookies, its timeout) under
// a cap for each and one for all; a resource that cannot be had is left out, never a failure.
#include "offlinecopy.h"

#include "htmldom.h"

#include <QMimeDatabase>
#include <QRegularExpression>
#include <map>

namespace Claimbench {

namespace {

class CopyMaker
{
public:
    CopyMaker(const ResourceFetch &fetch, const ArticleReadOptions &options)
        : m_fetch(fetch), m_options(options)
    {
    }

    OfflineCopy result;

    /// The resource at `url` as a data: URI; empty (and listed as missing) when it cannot be had. With
    /// `imageOnly` anything but an image is refused.
    QString dataUri(const QUrl &url, bool imageOnly)
    {
        const FetchedResource *r = resource(url);
        if (!r)
            return {};
        QByteArray type = r->mediaType();
        if (type.isEmpty() || type == "application/octet-stream")
            type = QMimeDatabase().mimeTypeForFileNameAndData(url.path(), r->body).name().toLatin1();
        if (imageOnly && !type.startsWith("image/")) {
            miss(url, QStringLiteral("not an image (%1)").arg(QString::fromLatin1(type)));
            return {};
        }
        return QStringLiteral("data:") + QString::fromLatin1(type) + QStringLiteral(";base64,") + QString::fromLatin1(r->body.toBase64());
    }

    /// A stylesheet's text with its @imports put in and its url()s as data: URIs; null when it cannot be had.
    QString stylesheet(const QUrl &url, int depth)
    {
        const FetchedResource *r = resource(url);
        if (!r)
            return {};
        const QByteArray type = r->mediaType();
        if (!type.isEmpty() && type != "text/css" && type != "text/plain") {
            miss(url, QStringLiteral("not a stylesheet (%1)").arg(QString::fromLatin1(type)));
            return {};
        }
        QString css = QString::fromUtf8(r->body);
        if (css.startsWith(QChar(0xFEFF)))
            css.remove(0, 1);
        const QUrl at = r->url;
        return inlineCss(css, at, depth + 1);
    }

    /// CSS with @import rules replaced by the imported sheets (three levels deep at most) and url()s as data:.
    QString inlineCss(const QString &css, const QUrl &base, int depth)
    {
        static const QRegularExpression import(
            QStringLiteral(R"re(@import\s+(?:url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)|"([^"]*)"|'([^']*)')[^;]*;)re"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression url(QStringLiteral(R"re(url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s"']*))\s*\))re"),
                                            QRegularExpression::CaseInsensitiveOption);
        QString out;
        qsizetype last = 0;
        for (auto it = import.globalMatch(css); it.hasNext();) {
            const auto m = it.next();
            out += QStringView(css).mid(last, m.capturedStart() - last);
            last = m.capturedEnd();
            QString target;
            for (int i = 1; i <= 5 && target.isEmpty(); ++i)
                target = m.captured(i);
            const QUrl resolved = base.resolved(QUrl(target.trimmed()));
            if (depth < 3 && !target.isEmpty())
                out += stylesheet(resolved, depth);
            else if (!target.isEmpty())
                miss(resolved, QStringLiteral("imported too deep"));
        }
        out += QStringView(css).mid(last);

        QString done;
        last = 0;
        for (auto it = url.globalMatch(out); it.hasNext();) {
            const auto m = it.next();
            done += QStringView(out).mid(last, m.capturedStart() - last);
            last = m.capturedEnd();
            QString target;
            for (int i = 1; i <= 3 && target.isEmpty(); ++i)
                target = m.captured(i);
            target = target.trimmed();
            if (target.isEmpty() || target.startsWith(u'#') || target.startsWith(QLatin1String("data:"), Qt::CaseInsensitive)) {
                done += m.captured(0);
                continue;
            }
            const QString data = dataUri(base.resolved(QUrl(target)), false);
            done += QStringLiteral("url(\"") + (data.isEmpty() ? QStringLiteral("data:,") : data) + QStringLiteral("\")");
        }
        done += QStringView(out).mid(last);
        // The text goes into a <style> element, which ends at the first "</style".
        static const QRegularExpression endTag(QStringLiteral("</(style)"), QRegularExpression::CaseInsensitiveOption);
        done.replace(endTag, QStringLiteral("<\\/\\1"));
        return done;
    }

    void miss(const QUrl &url, const QString &why)
    {
        const QString entry = url.toString() + QStringLiteral(": ") + why;
        if (!result.missing.contains(entry))
            result.missing.append(entry);
    }

private:
    const FetchedResource *resource(const QUrl &url)
    {
        if (url.scheme() != u"http" && url.scheme() != u"https") { // never a file: or other local address
            miss(url, QStringLiteral("not an http(s) address"));
            return nullptr;
        }
        const QString key = url.adjusted(QUrl::RemoveFragment).toString();
        if (const auto it = m_cache.find(key); it != m_cache.end())
            return it->second.ok() ? &it->second : nullptr;
        if (m_fetches >= m_options.maxResources) {
            miss(url, QStringLiteral("more than %1 resources").arg(m_options.maxResources));
            return nullptr;
        }
        const qint64 room = m_options.maxOfflineBytes - m_total;
        if (room <= 0) {
            miss(url, QStringLiteral("the copy holds %1 bytes already, its limit").arg(m_total));
            return nullptr;
        }
        ++m_fetches;
        FetchedResource r = m_fetch(url, std::min(m_options.maxResourceBytes, room));
        if (!r.ok()) {
            miss(url, r.errorKind == ArticleSource::ErrorKind::TooLarge && room < m_options.maxResourceBytes
                          ? QStringLiteral("over the copy's limit of %1 bytes in all").arg(m_options.maxOfflineBytes)
                          : r.error);
        } else {
            m_total += r.body.size();
            result.inlined.append(key);
        }
        const FetchedResource &stored = m_cache.emplace(key, std::move(r)).first->second;
        return stored.ok() ? &stored : nullptr;
    }

    const ResourceFetch &m_fetch;
    const ArticleReadOptions &m_options;
    std::map<QString, FetchedResource> m_cache; // references stay valid while more are added
    int m_fetches = 0;
    qint64 m_total = 0;
};

bool isJavaScriptUrl(const QString &value)
{
    QString v;
    for (const QChar c : value) // browsers ignore tabs and line breaks inside the scheme
        if (!c.isSpace() && c.unicode() > 0x20)
            v += c;
    return v.startsWith(QLatin1String("javascript:"), Qt::CaseInsensitive)
        || v.startsWith(QLatin1String("vbscript:"), Qt::CaseInsensitive);
}

void removeAttribute(HtmlNode *e, QStringView name)
{
    e->attributes.removeIf([&](const QPair<QString, QString> &a) { return a.first == name; });
}

QList<HtmlNode *> elements(HtmlNode *root)
{
    QList<HtmlNode *> out;
    QList<HtmlNode *> stack{root};
    while (!stack.isEmpty()) {
        HtmlNode *n = stack.takeLast();
        if (n->isElement())
            out.append(n);
        QList<HtmlNode *> children;
        for (HtmlNode *c = n->firstChild; c; c = c->next)
            children.append(c);
        for (auto it = children.crbegin(); it != children.crend(); ++it)
            stack.append(*it);
    }
    return out;
}

} // namespace

OfflineCopy makeOfflineCopy(const QByteArray &utf8Html, const QUrl &pageUrl, const ResourceFetch &fetch,
                            const ArticleReadOptions &options)
{
    HtmlDocument doc = HtmlDocument::parse(utf8Html);
    CopyMaker maker(fetch, options);
    HtmlNode *html = doc.documentElement();
    HtmlNode *head = doc.head();
    if (!html || !head)
        return {};

    // The page's <base> decides how its addresses resolve; the copy has none (every address is made absolute).
    QUrl base = pageUrl;
    for (HtmlNode *b : doc.root()->descendants(u"base")) {
        if (const QString href = b->attribute(u"href"); !href.isEmpty() && base == pageUrl)
            base = pageUrl.resolved(QUrl(href.trimmed()));
        b->remove();
    }
    auto resolve = [&](const QString &value) { return base.resolved(QUrl(value.trimmed())); };

    // What runs or frames other pages goes; noscript's content stays (nothing runs in the copy).
    static const QStringList dropped{QStringLiteral("script"), QStringLiteral("iframe"), QStringLiteral("frame"),
                                     QStringLiteral("frameset"), QStringLiteral("object"), QStringLiteral("embed"),
                                     QStringLiteral("applet"), QStringLiteral("portal"), QStringLiteral("fencedframe")};
    for (HtmlNode *e : doc.root()->descendants(dropped))
        e->remove();
    for (HtmlNode *e : doc.root()->descendants(u"noscript")) {
        while (HtmlNode *c = e->firstChild)
            e->parent->insertBefore(c, e);
        e->remove();
    }
    for (HtmlNode *e : doc.root()->descendants(u"meta")) {
        const QString equiv = e->attribute(u"http-equiv").toLower();
        if (e->hasAttribute(u"charset") || equiv == u"refresh" || equiv == u"content-type" || equiv == u"content-security-policy"
            || equiv == u"set-cookie")
            e->remove();
    }
    // <picture>'s sources and srcset pick among images the copy does not have: its <img src> is the one.
    for (HtmlNode *e : doc.root()->descendants(u"source"))
        if (e->parent && e->parent->is(u"picture"))
            e->remove();

    for (HtmlNode *e : elements(doc.root())) {
        if (!e->parent)
            continue;
        // Event handlers and script addresses, on any element.
        e->attributes.removeIf([](const QPair<QString, QString> &a) {
            return a.first.startsWith(QLatin1String("on")) || isJavaScriptUrl(a.second);
        });
        const QString &tag = e->tag;
        if (tag == u"link") {
            const QStringList rel = e->attribute(u"rel").toLower().split(u' ', Qt::SkipEmptyParts);
            const QString href = e->attribute(u"href");
            if (rel.contains(QStringLiteral("stylesheet")) && !rel.contains(QStringLiteral("alternate")) && !href.isEmpty()) {
                const QString css = maker.stylesheet(resolve(href), 0);
                if (!css.isNull()) {
                    HtmlNode *style = doc.createElement(QStringLiteral("style"));
                    if (const QString media = e->attribute(u"media"); !media.isEmpty())
                        style->setAttribute(QStringLiteral("media"), media);
                    style->appendChild(doc.createText(css));
                    e->replaceWith(style);
                    continue;
                }
            } else if ((rel.contains(QStringLiteral("icon"))) && !href.isEmpty()) {
                if (const QString data = maker.dataUri(resolve(href), true); !data.isEmpty()) {
                    e->attributes = {{QStringLiteral("rel"), QStringLiteral("icon")}, {QStringLiteral("href"), data}};
                    continue;
                }
            }
            e->remove(); // preloads, alternates, manifests: addresses the copy would load from outside
            continue;
        }
        if (tag == u"style") {
            const QString css = maker.inlineCss(e->textContent(), base, 0);
            while (e->firstChild)
                e->firstChild->remove();
            e->appendChild(doc.createText(css));
        }
        if (const QString style = e->attribute(u"style"); style.contains(QLatin1String("url("), Qt::CaseInsensitive))
            e->setAttribute(QStringLiteral("style"), maker.inlineCss(style, base, 0).replace(QLatin1String("<\\/"), QLatin1String("</")));
        if (tag == u"img" || (tag == u"input" && e->attribute(u"type").toLower() == u"image")) {
            QString src = e->attribute(u"src");
            // Lazy loading: the real address waits in data-src while src holds a placeholder.
            if (const QString lazy = e->attribute(u"data-src"); !lazy.isEmpty() && (src.isEmpty() || src.startsWith(QLatin1String("data:"))))
                src = lazy;
            removeAttribute(e, u"srcset");
            removeAttribute(e, u"sizes");
            if (!src.isEmpty() && !src.startsWith(QLatin1String("data:"))) {
                const QString data = maker.dataUri(resolve(src), true);
                if (data.isEmpty())
                    removeAttribute(e, u"src"); // the copy lacks it: its alt text shows
                else
                    e->setAttribute(QStringLiteral("src"), data);
            }
        }
        if (tag == u"video" && e->hasAttribute(u"poster")) {
            const QString data = maker.dataUri(resolve(e->attribute(u"poster")), true);
            if (data.isEmpty())
                removeAttribute(e, u"poster");
            else
                e->setAttribute(QStringLiteral("poster"), data);
        }
        // Links lead to the page's site, not to the folder the copy is in.
        for (const char *name : {"href", "action", "cite", "src"}) {
            const QString attribute = QLatin1String(name);
            if ((tag == u"img" || tag == u"input") && attribute == u"src")
                continue;
            const QString value = e->attribute(attribute);
            if (!value.isEmpty() && !value.startsWith(u'#') && !value.startsWith(QLatin1String("data:")))
                e->setAttribute(attribute, resolve(value).toString());
        }
    }

    // First in <head>: the encoding, and a policy under which the copy loads nothing and runs nothing.
    HtmlNode *charset = doc.createElement(QStringLiteral("meta"));
    charset->setAttribute(QStringLiteral("charset"), QStringLiteral("utf-8"));
    HtmlNode *csp = doc.createElement(QStringLiteral("meta"));
    csp->setAttribute(QStringLiteral("http-equiv"), QStringLiteral("Content-Security-Policy"));
    csp->setAttribute(QStringLiteral("content"), QStringLiteral("default-src 'none'; img-src data:; style-src 'unsafe-inline' data:; "
                                                                "font-src data:; media-src data:; form-action 'none'"));
    HtmlNode *referrer = doc.createElement(QStringLiteral("meta"));
    referrer->setAttribute(QStringLiteral("name"), QStringLiteral("referrer"));
    referrer->setAttribute(QStringLiteral("content"), QStringLiteral("no-referrer"));
    HtmlNode *first = head->firstChild;
    head->insertBefore(charset, first);
    head->insertBefore(csp, first);
    head->insertBefore(referrer, first);

    OfflineCopy copy = std::move(maker.result);
    copy.html = QByteArrayLiteral("<!DOCTYPE html>\n") + serializeHtml(html).toUtf8() + '\n';
    return copy;
}

} // namespace Claimbench
