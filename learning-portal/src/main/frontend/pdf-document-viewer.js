// <pdf-document-viewer link="/api/learning/documents/{id}/link" start-page="1">: renders a lesson's PDF with pdf.js
// (the legacy build, for the older Chromium-based browsers common on government desktops) one page at a time into
// a canvas, fitted to the width of the element (or at 100 %), with previous / next / page-number navigation. The PDF
// itself comes from the object store through a short-lived presigned link that the element asks the portal for each
// time it loads; the portal is not in the document's data path. Fires "page-shown" (detail.page) after each page is
// drawn, and "viewer-error" (detail.message) when the document cannot be shown. Texts come as text-* attributes.
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

class PdfDocumentViewer extends HTMLElement {
  connectedCallback() {
    if (this.canvas) {
      return;
    }
    this.style.display = 'block';
    this.page = Math.max(1, parseInt(this.getAttribute('start-page') || '1', 10) || 1);
    this.fit = true;
    const bar = document.createElement('div');
    bar.className = 'pdf-toolbar';
    // stays in view while a tall page (fitted to the width) is scrolled
    bar.style.cssText = 'display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;padding:.25rem 0;'
      + 'position:sticky;top:0;z-index:1;background:var(--lumo-base-color,#fff)';
    this.prev = this.button('pdf-prev', this.text('prev', '上一页'), () => this.go(this.page - 1));
    this.next = this.button('pdf-next', this.text('next', '下一页'), () => this.go(this.page + 1));
    this.number = document.createElement('input');
    this.number.className = 'pdf-page-number';
    this.number.type = 'number';
    this.number.min = '1';
    this.number.style.cssText = 'width:4.5em;min-height:2.25rem;font:inherit;box-sizing:border-box';
    this.number.setAttribute('aria-label', this.text('page', '页码'));
    this.number.addEventListener('change', () => this.go(parseInt(this.number.value, 10) || this.page));
    this.total = document.createElement('span');
    this.total.className = 'pdf-page-total';
    this.zoom = this.button('pdf-fit', this.text('actual', '实际大小'), () => {
      this.fit = !this.fit;
      this.zoom.textContent = this.fit ? this.text('actual', '实际大小') : this.text('fit', '适应宽度');
      this.draw();
    });
    bar.append(this.prev, this.number, this.total, this.next, this.zoom);
    this.frame = document.createElement('div');
    this.frame.className = 'pdf-frame';
    this.frame.style.cssText = 'width:100%;overflow:auto;background:var(--lumo-contrast-5pct,#f3f3f3)';
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'pdf-canvas';
    this.canvas.style.display = 'block';
    this.canvas.style.margin = '0 auto';
    this.frame.append(this.canvas);
    this.status = document.createElement('div');
    this.status.className = 'pdf-status';
    this.status.setAttribute('role', 'status');
    this.status.textContent = this.text('loading', '正在加载文档…');
    this.append(bar, this.frame, this.status);
    this.resizeObserver = new ResizeObserver(() => {
      if (this.fit && this.pdf && this.frame.clientWidth !== this.drawnWidth) {
        this.draw();
      }
    });
    this.resizeObserver.observe(this.frame);
    this.load();
  }

  disconnectedCallback() {
    if (this.resizeObserver) {
      this.resizeObserver.disconnect();
    }
    if (this.pdf) {
      this.pdf.destroy();
    }
  }

  text(name, fallback) {
    return this.getAttribute('text-' + name) || fallback;
  }

  button(cls, label, action) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = cls;
    b.textContent = label;
    b.style.cssText = 'min-height:2.25rem;padding:0 .75rem;border:none;cursor:pointer;font:inherit;'
      + 'border-radius:var(--lumo-border-radius-m,4px);background:var(--lumo-contrast-5pct,#eee);'
      + 'color:var(--lumo-primary-text-color,#1676f3)';
    b.addEventListener('click', action);
    return b;
  }

  fail(message) {
    this.status.textContent = message;
    this.status.classList.add('pdf-error');
    this.dispatchEvent(new CustomEvent('viewer-error', { detail: { message } }));
  }

  async load() {
    let url;
    try {
      const answer = await fetch(this.getAttribute('link'), { credentials: 'same-origin', cache: 'no-store' });
      const body = await answer.json();
      if (!answer.ok) {
        this.fail(body.message || this.text('failed', '文档无法显示'));
        return;
      }
      url = body.url;
    } catch (e) {
      this.fail(this.text('failed', '文档无法显示'));
      return;
    }
    try {
      // the whole file in one request: a presigned link is short-lived, so no later range requests
      this.pdf = await pdfjs.getDocument({ url, disableRange: true, disableStream: true, isEvalSupported: false })
        .promise;
    } catch (e) {
      this.fail(this.text('failed', '文档无法显示'));
      return;
    }
    this.pages = this.pdf.numPages;
    this.number.max = String(this.pages);
    this.total.textContent = '/ ' + this.pages;
    this.status.textContent = '';
    this.go(Math.min(this.page, this.pages));
  }

  go(n) {
    if (!this.pdf || n < 1 || n > this.pages) {
      this.number.value = String(this.page);
      return;
    }
    this.page = n;
    this.draw();
  }

  async draw() {
    const n = this.page;
    this.number.value = String(n);
    this.prev.disabled = n <= 1;
    this.next.disabled = n >= this.pages;
    for (const b of [this.prev, this.next]) {
      b.style.opacity = b.disabled ? '0.45' : '';
      b.style.cursor = b.disabled ? 'default' : 'pointer';
    }
    if (this.task) {
      this.task.cancel();
    }
    const page = await this.pdf.getPage(n);
    const natural = page.getViewport({ scale: 1 });
    const width = Math.max(100, this.frame.clientWidth);
    const scale = this.fit ? width / natural.width : 1;
    const ratio = window.devicePixelRatio || 1;
    const viewport = page.getViewport({ scale: scale * ratio });
    this.canvas.width = Math.floor(viewport.width);
    this.canvas.height = Math.floor(viewport.height);
    this.canvas.style.width = Math.floor(viewport.width / ratio) + 'px';
    this.canvas.style.height = Math.floor(viewport.height / ratio) + 'px';
    this.drawnWidth = this.frame.clientWidth;
    const task = page.render({ canvas: this.canvas, viewport });
    this.task = task;
    try {
      await task.promise;
    } catch (e) {
      if (e && e.name === 'RenderingCancelledException') {
        return;
      }
      this.fail(this.text('failed', '文档无法显示'));
      return;
    }
    if (this.task === task) {
      this.task = null;
    }
    this.setAttribute('shown-page', String(n));
    this.dispatchEvent(new CustomEvent('page-shown', { detail: { page: n } }));
  }
}

customElements.define('pdf-document-viewer', PdfDocumentViewer);
