// SPDX-License-Identifier: GPL-2.0-or-later
// A news page as sites make them: navigation, a sidebar, share buttons, scripts, comments, a footer around
// one article. The words in capitals mark what must not reach the reader.
#pragma once

#include <QByteArray>

namespace Claimbench::Test {

inline QByteArray newsPage()
{
    return QByteArrayLiteral(R"(<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Council tax to rise by 5% next year | Essex Chronicle</title>
<meta property="og:site_name" content="Essex Chronicle">
<meta name="author" content="Jane Smith">
<meta property="article:published_time" content="2026-11-30T09:00:00Z">
<script>var SCRIPTTEXT = "tracking";</script><style>.STYLETEXT { color: red }</style>
</head><body>
<header class="site-header"><nav><a href="/">NAVHOME</a> <a href="/news">NAVNEWS</a></nav></header>
<div class="sidebar"><p>Most read: SIDEBARTEXT, with, many, links, to, other, stories, on, the, site</p></div>
<main><article class="post">
<h1>Council tax to rise by 5% next year</h1>
<p>Essex County Council confirmed on Tuesday that council tax will rise by 4.99% from April, the largest increase the county has seen in a decade, after a budget meeting that ran late into the evening.</p>
<p>The council said the rise, which adds about &pound;80 a year to a Band D bill, was needed to protect adult social care, children's services and road repairs &mdash; services it says cost more each year.</p>
<div class="share-buttons"><a href="#">SHARETEXT on Facebook</a></div>
<h2>What the leader said</h2>
<blockquote><p>"We had no choice but to raise it, and we did so with a heavy heart," the council's leader told the meeting.</p></blockquote>
<p>Opposition councillors said residents, many of whom already struggle with higher energy bills, should not pay for years of poor planning, and called for an independent review.</p>
<ul><li>Band A: £1,200 a year</li><li>Band D: £1,800 a year</li></ul>
<p>The new rates take effect on 1 April, and bills will be posted to households in March, the council said in a statement.</p>
</article></main>
<div id="comments"><p>COMMENTTEXT: great article, really, I agree, completely, with, all, of, it, thanks</p></div>
<footer>FOOTERTEXT Copyright 2026</footer>
</body></html>
)");
}

} // namespace Claimbench::Test
