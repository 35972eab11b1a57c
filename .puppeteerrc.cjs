// whatsapp-web.js brings full puppeteer, whose postinstall would download Chrome; the gateway drives
// Debian's Chromium instead (CHROME_PATH), and these machines cannot download a browser.
module.exports = { skipDownload: true };
