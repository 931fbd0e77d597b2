/// The one stylesheet, served at `/static/style.css`: system fonts, no external resources, readable from a
/// 320-pixel phone to a wide screen (content capped at 72rem, tables scroll sideways on narrow screens).
enum Stylesheet {
    static let css = """
        :root { --fg: #1d1f21; --muted: #5f6368; --bg: #fdfdfc; --line: #dcdcdc; --accent: #1a5fb4;
          --consensus: #2e7d32; --partial: #b26a00; --unique: #6a1b9a; --mark: #fff3b0; }
        @media (prefers-color-scheme: dark) {
          :root { --fg: #e8e6e3; --muted: #a0a4a8; --bg: #161719; --line: #33363a; --accent: #8ab4f8; --mark: #5c4f00; }
        }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
        main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
        a { color: var(--accent); }
        header.site { display: flex; flex-wrap: wrap; gap: .75rem; align-items: center; justify-content: space-between;
          padding: .75rem 1rem; border-bottom: 1px solid var(--line); }
        header.site .brand { font-weight: 700; font-size: 1.2rem; text-decoration: none; color: var(--fg); }
        form.search { display: flex; gap: .4rem; flex: 1 1 16rem; max-width: 32rem; }
        form.search input { flex: 1; }
        input, select, button { font: inherit; padding: .35rem .5rem; border: 1px solid var(--line); border-radius: 4px;
          background: var(--bg); color: var(--fg); }
        button { cursor: pointer; }
        form.filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; margin-bottom: 1rem; }
        form.filters label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); }
        footer.site { max-width: 72rem; margin: 2rem auto; padding: 0 1rem; color: var(--muted); font-size: .85rem; }
        h1 { font-size: 1.6rem; line-height: 1.25; margin: .5rem 0; }
        h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
        h3 { font-size: 1.05rem; } h4 { font-size: 1rem; margin: .6rem 0 .3rem; }
        .meta, .muted { color: var(--muted); font-size: .9rem; }
        .meta { display: block; }
        ol.events, ul.articles, ol.hits { padding-left: 1.25rem; }
        ol.events li, ul.articles li, ol.hits li { margin: .6rem 0; }
        .event-title { font-weight: 600; }
        .scroll { overflow-x: auto; }
        p.outlets .outlet + .outlet::before { content: " · "; color: var(--muted); }
        ul.points { padding-left: 1.2rem; } ul.points li { margin: .35rem 0; max-width: 46rem; }
        details.coverage > summary { cursor: pointer; color: var(--accent); margin: .5rem 0; }
        .article-event, .article-original { margin: .3rem 0; overflow-wrap: anywhere; }
        .badge { display: inline-block; font-size: .72rem; text-transform: uppercase; letter-spacing: .04em; padding: 0 .35rem;
          border-radius: 3px; border: 1px solid currentColor; }
        .badge.consensus { color: var(--consensus); } .badge.partial { color: var(--partial); } .badge.unique { color: var(--unique); }
        .badge.contradiction-kind, .badge.divergent { color: #c62828; }
        ul.claims.consensus li { border-left: 3px solid var(--consensus); }
        ul.claims.partial li { border-left: 3px solid var(--partial); }
        ul.claims.unique li { border-left: 3px solid var(--unique); }
        ul.claims { list-style: none; padding: 0; }
        ul.claims li { padding: .3rem .6rem; margin: .4rem 0; }
        .contradiction { border: 1px solid var(--line); border-radius: 6px; padding: .5rem 1rem; margin: 1rem 0; }
        .sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: .75rem; }
        .side { border-radius: 6px; padding: .5rem .75rem; border-top: 4px solid #c62828; background: rgba(127,127,127,.07); }
        .side-1 { border-top-color: #1565c0; } .side-2 { border-top-color: #2e7d32; } .side-3 { border-top-color: #6a1b9a; }
        .side .value { font-size: 1.15rem; font-weight: 600; margin: .2rem 0; }
        mark { background: var(--mark); color: inherit; padding: 0 .15rem; }
        blockquote { margin: .4rem 0; padding-left: .6rem; border-left: 3px solid var(--line); font-size: .92rem; }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: .75rem; }
        .card { border: 1px solid var(--line); border-radius: 6px; padding: .25rem .9rem .6rem; }
        ul.terms, ul.sources { padding-left: 1.1rem; margin: .3rem 0; }
        .term { font-weight: 600; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
        dt { font-weight: 600; } dd { margin: 0; }
        .article-text { max-width: 42rem; }
        .revisions { max-width: 42rem; border-top: 1px solid var(--line); margin-top: 1.5rem; }
        .revisions li { margin: .4rem 0; } .revisions summary { cursor: pointer; color: var(--accent); }
        .revisions details p { color: var(--muted); overflow-wrap: anywhere; }
        ul.changes { padding-left: 1.1rem; overflow-wrap: anywhere; } ul.changes del { color: #c62828; }
        ul.changes ins { color: #2e7d32; text-decoration: none; font-weight: 600; }
        .pager { display: flex; gap: 1.5rem; margin: 1.5rem 0; }
        nav.site { display: flex; gap: 1rem; } nav.site a { text-decoration: none; }
        figure.chart { margin: 1rem 0; } figure.chart figcaption { color: var(--muted); font-size: .85rem; }
        svg.timeline { width: 100%; height: auto; max-height: 16rem; display: block; }
        svg.timeline .bar { fill: var(--accent); } svg.timeline a:hover .bar, svg.timeline a:focus .bar { fill: var(--partial); }
        svg.timeline .axis { stroke: var(--line); } svg.timeline .label { fill: var(--muted); font-size: 12px; }
        table.list { border-collapse: collapse; width: 100%; } table.list th, table.list td { padding: .35rem .5rem;
          border-bottom: 1px solid var(--line); text-align: left; } table.list td { font-variant-numeric: tabular-nums; }
        details.article { border: 1px solid var(--line); border-radius: 6px; margin: .6rem 0; padding: .4rem .8rem; }
        details.article summary { cursor: pointer; }
        .article-body { white-space: pre-wrap; max-width: 46rem; margin: .5rem 0; overflow-wrap: anywhere; }
        mark.claim { background: none; padding: 0; border-bottom: 2px solid var(--unique); }
        mark.claim.consensus { border-bottom-color: var(--consensus); } mark.claim.partial { border-bottom-color: var(--partial); }
        mark.contra { background: rgba(198,40,40,.16); border-bottom: 3px solid #c62828; padding: 0 .1rem; }
        mark.contra.side-1 { background: rgba(21,101,192,.16); border-bottom-color: #1565c0; }
        mark.contra.side-2 { background: rgba(46,125,50,.16); border-bottom-color: #2e7d32; }
        mark.contra.side-3 { background: rgba(106,27,154,.16); border-bottom-color: #6a1b9a; }
        .legend mark { font-size: .85rem; }
        @media (max-width: 40rem) { body { font-size: 15px; } main { padding: .6rem; } h1 { font-size: 1.35rem; } }
        """
}
