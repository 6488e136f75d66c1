"""Rebuilds every document of the wardmade7 set into ../documents/.

* p*.html  → PDF with headless chromium (print backgrounds on, no header/footer);
* make_docx.py → d1–d4 (.docx);
* h*.html  → copied unchanged (the web pages are the sources themselves).

Run from /work/main:  .venv/bin/python evals/wardmade7/sources/make_documents.py
Needs chromium (apt-get install -y chromium) and the fonts-dejavu / fonts-liberation packages.
"""
import glob
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.normpath(os.path.join(HERE, "..", "documents"))


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    sys.exit("chromium not found")


def main():
    os.makedirs(DOCS, exist_ok=True)
    exe = chromium()
    for src in sorted(glob.glob(os.path.join(HERE, "p*.html"))):
        out = os.path.join(DOCS, os.path.basename(src)[:-5] + ".pdf")
        subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={out}", "file://" + src], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        print("pdf ", os.path.basename(out))
    subprocess.run([sys.executable, os.path.join(HERE, "make_docx.py")], check=True)
    for src in sorted(glob.glob(os.path.join(HERE, "h*.html"))):
        shutil.copyfile(src, os.path.join(DOCS, os.path.basename(src)))
        print("html", os.path.basename(src))


if __name__ == "__main__":
    main()
