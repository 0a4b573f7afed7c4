# A plain loop: the fetches run one after another, so fetch_all takes the sum of their times.
def fetch_all(urls, fetch, workers=4):
    return [fetch(url) for url in urls]
