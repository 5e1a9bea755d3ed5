// SPDX-License-Identifier: GPL-2.0-or-later
#include "checkworthy.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QIODevice>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <random>

namespace Claimbench::CheckWorthy {

using namespace Cues;

namespace {

constexpr char ModelMagic[4] = {'C', 'B', 'C', 'W'};
constexpr char DeskMagic[4] = {'C', 'B', 'C', 'D'};
constexpr quint32 ModelVersion = 1;

constexpr quint32 fmix(quint32 h)
{
    h ^= h >> 16;
    h *= 0x85EBCA6Bu;
    h ^= h >> 13;
    h *= 0xC2B2AE35u;
    h ^= h >> 16;
    return h;
}
constexpr quint32 combine(quint32 h, quint32 x)
{
    return fmix(h ^ (x + 0x9E3779B9u + (h << 6) + (h >> 2)));
}

// What a token stands for in the n-grams: the lower-case word; a figure by its kind (the value itself says
// little about check-worthiness, that there is one says a lot); punctuation by its character.
inline quint32 tokenId(const Token &t)
{
    if (t.flags & Word)
        return t.hash;
    if (t.flags & Digits) {
        if (t.flags & Year)
            return "<year>"_w;
        if (t.hash && isMagnitudeWord(t.hash))
            return "<magnitude>"_w;
        return "<number>"_w;
    }
    if (t.flags & Currency)
        return "<currency>"_w;
    if (t.flags & Percent)
        return "<percent>"_w;
    return combine("<punct>"_w, t.first);
}

constexpr quint32 Begin = "<s>"_w;
constexpr quint32 End = "</s>"_w;

int lengthBucket(int words)
{
    return words < 5 ? 0 : words < 9 ? 1 : words < 15 ? 2 : words < 25 ? 3 : words < 40 ? 4 : 5;
}

double sigmoid(double z)
{
    return z >= 0 ? 1.0 / (1.0 + std::exp(-z)) : std::exp(z) / (1.0 + std::exp(z));
}

// The examples' features as weight indexes, made once for all epochs.
struct Rows {
    std::vector<std::vector<quint32>> rows;
    std::vector<quint8> labels;
    double positiveWeight = 1.0; ///< how much a positive example's loss counts
    double negativeWeight = 1.0;
};

// Fisher–Yates with std::mt19937, whose sequence the standard fixes: the same order on every platform
// (std::shuffle's use of the engine is the library's choice).
std::vector<std::size_t> shuffled(std::size_t n, std::mt19937 &rng)
{
    std::vector<std::size_t> order(n);
    for (std::size_t i = 0; i < n; ++i)
        order[i] = i;
    for (std::size_t i = n; i > 1; --i)
        std::swap(order[i - 1], order[rng() % i]);
    return order;
}

// Plain SGD on the logistic loss with a linearly decaying rate and L2 towards `prior` (zero, or a desk's base
// weights); `learnBias` is off for a desk, whose decisions are a biased sample of sentences.
void sgd(std::vector<float> &w, float &bias, const Rows &data, const Settings &settings, const std::vector<float> *prior,
         bool learnBias, std::vector<quint8> *touched)
{
    const std::size_t n = data.rows.size();
    if (n == 0)
        return;
    const double total = double(settings.epochs) * double(n);
    double step = 0;
    std::mt19937 rng(settings.seed);
    for (int epoch = 0; epoch < settings.epochs; ++epoch) {
        for (const std::size_t i : shuffled(n, rng)) {
            const double lr = settings.learningRate * std::max(1e-4, 1.0 - step / total);
            ++step;
            const std::vector<quint32> &row = data.rows[i];
            double z = bias;
            for (const quint32 j : row)
                z += w[j];
            const double g = (sigmoid(z) - (data.labels[i] ? 1.0 : 0.0))
                             * (data.labels[i] ? data.positiveWeight : data.negativeWeight);
            for (const quint32 j : row) {
                const double anchor = prior ? (*prior)[j] : 0.0;
                w[j] -= float(lr * (g + settings.l2 * (w[j] - anchor)));
                if (touched)
                    (*touched)[j] = 1;
            }
            if (learnBias)
                bias -= float(lr * g);
        }
    }
}

} // namespace

namespace {

constexpr quint32 pair(quint32 a, quint32 b)
{
    return (a * 0x9E3779B1u) ^ ((b << 15) | (b >> 17)) ^ 0x2545F491u;
}

// Calls f(hash, token, length) for every feature of the sentence; the one definition of the features, for
// scoring (no buffer) and for explaining and training (Feature lists).
template<typename F>
inline void forEachFeature(const Sentence &s, const Settings &settings, F &&f)
{
    const int n = s.size();
    const int ngrams = std::clamp(settings.ngrams, 1, 3);
    quint32 prev2 = Begin, prev = Begin;
    int words = 0, capitalized = 0, figures = 0;
    for (int i = 0; i <= n; ++i) {
        quint32 id = End;
        if (i < n) {
            const Token &t = s.at(i);
            id = tokenId(t);
            f(id, i, 1);
            words += (t.flags & (Word | Digits)) != 0;
            capitalized += i > 0 && (t.flags & Capitalized) && t.hash != "i"_w;
            figures += ((t.flags & Digits) && !(t.flags & Year)) || (t.flags & (Currency | Percent))
                       || ((t.flags & Word) && NumberWords.contains(t.hash)); // isNumberWord(), inline
        }
        if (ngrams >= 2)
            f(pair(prev, id) + 2, i - 1, 2);
        if (ngrams >= 3 && i >= 1)
            f(pair(pair(prev2, prev), id) + 3, i - 2, 3);
        prev2 = prev;
        prev = id;
    }
    if (!settings.cueFeatures)
        return;
    // The cues the rule detectors read, as features the model weighs.
    const Stance &st = s.stance;
    auto flag = [&](quint32 name) { f(combine(4, name), -1, 0); };
    flag("<bias-cues>"_w);
    if (st.question)
        flag("<question>"_w);
    if (st.opinionAt >= 0)
        flag("<opinion>"_w);
    if (st.personal)
        flag("<personal>"_w);
    if (st.firstPersonSubject)
        flag("<first-person-subject>"_w);
    if (st.pledge)
        flag("<pledge>"_w);
    if (st.prescriptive)
        flag("<prescriptive>"_w);
    f(combine(combine(5, "<length>"_w), quint32(lengthBucket(words))), -1, 0);
    f(combine(combine(5, "<names>"_w), quint32(std::min(capitalized, 3))), -1, 0);
    f(combine(combine(5, "<figures>"_w), quint32(std::min(figures, 2))), -1, 0);
    if (n > 0)
        f(combine(combine(5, "<first>"_w), tokenId(s.at(0))), -1, 0);
}

} // namespace

void sentenceFeatures(const Sentence &s, const Settings &settings, std::vector<Feature> &out)
{
    forEachFeature(s, settings, [&](quint32 hash, int token, int length) { out.push_back({hash, token, length}); });
}

bool readable(const Sentence &s)
{
    // Latin letters (up to U+024F) in most of the words: the model knows English only.
    int latin = 0, words = 0;
    for (const Token &t : s.tokens) {
        if (!(t.flags & Word))
            continue;
        ++words;
        latin += t.first < 0x250;
    }
    return words > 0 && 2 * latin > words;
}

std::unique_ptr<WholeText> wholeText(QStringView text)
{
    auto w = std::make_unique<WholeText>();
    tokenize(text, 0, text.size(), w->tokens);
    if (w->tokens.size() > MaxSentenceTokens)
        w->tokens.resize(MaxSentenceTokens);
    w->sentence.text = text;
    w->sentence.start = w->tokens.empty() ? 0 : w->tokens.front().start;
    w->sentence.end = w->tokens.empty() ? 0 : w->tokens.back().end;
    w->sentence.tokens = std::span<const Token>(w->tokens.data(), w->tokens.size());
    w->sentence.stance = analyseStance(w->sentence);
    return w;
}

// --- Model ---------------------------------------------------------------------------------------------------

Model::Model() = default;

Model Model::fromBytes(const QByteArray &bytes, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return Model();
    };
    if (bytes.size() < 8 || std::memcmp(bytes.constData(), ModelMagic, 4) != 0)
        return fail(QStringLiteral("not a check-worthiness model"));
    QDataStream in(bytes.mid(4));
    in.setByteOrder(QDataStream::LittleEndian);
    quint32 version = 0;
    in >> version;
    if (version != ModelVersion)
        return fail(QStringLiteral("model format version %1, expected %2").arg(version).arg(ModelVersion));
    qint32 bits = 0, ngrams = 0, cues = 0;
    Model m;
    in >> bits >> ngrams >> cues;
    if (bits < 8 || bits > 24 || ngrams < 1 || ngrams > 3)
        return fail(QStringLiteral("model settings out of range"));
    in.setFloatingPointPrecision(QDataStream::DoublePrecision);
    in >> m.m_plattA >> m.m_plattB >> m.m_threshold;
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    in >> m.m_bias;
    const qsizetype count = qsizetype(1) << bits;
    if (in.status() != QDataStream::Ok || bytes.size() - 4 - in.device()->pos() != count * 4)
        return fail(QStringLiteral("truncated or oversized model"));
    if (!(m.m_plattA > 0) || !std::isfinite(m.m_plattB) || !(m.m_threshold >= 0 && m.m_threshold <= 1))
        return fail(QStringLiteral("model calibration out of range"));
    m.m_settings.hashBits = bits;
    m.m_settings.ngrams = ngrams;
    m.m_settings.cueFeatures = cues != 0;
    m.m_weights.resize(std::size_t(count));
    for (float &w : m.m_weights) {
        in >> w;
        if (!std::isfinite(w))
            return fail(QStringLiteral("model weight not finite"));
    }
    return m;
}

QByteArray Model::toBytes() const
{
    QByteArray bytes(ModelMagic, 4);
    QDataStream out(&bytes, QIODevice::Append);
    out.setByteOrder(QDataStream::LittleEndian);
    out << ModelVersion << qint32(m_settings.hashBits) << qint32(m_settings.ngrams) << qint32(m_settings.cueFeatures);
    out.setFloatingPointPrecision(QDataStream::DoublePrecision);
    out << m_plattA << m_plattB << m_threshold;
    out.setFloatingPointPrecision(QDataStream::SinglePrecision);
    out << m_bias;
    for (const float w : m_weights)
        out << w;
    return bytes;
}

const Model &Model::shipped()
{
    static const Model model = [] {
        QFile f(QStringLiteral(":/claimbench/checkworthy/checkworthy.model"));
        if (!f.open(QIODevice::ReadOnly))
            return Model();
        return fromBytes(f.readAll(), nullptr);
    }();
    return model;
}

QString Model::id() const
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArrayView(reinterpret_cast<const char *>(m_weights.data()), qsizetype(m_weights.size() * sizeof(float))));
    h.addData(QByteArrayView(reinterpret_cast<const char *>(&m_bias), sizeof m_bias));
    return QString::fromLatin1(h.result().toHex().left(16));
}

double Model::weightSum(const std::vector<Feature> &features) const
{
    double z = m_bias;
    for (const Feature &f : features)
        z += m_weights[bucket(f.hash)];
    return z;
}

double Model::margin(const Sentence &s) const
{
    if (!isValid())
        return -INFINITY;
    double z = m_bias;
    forEachFeature(s, m_settings, [&](quint32 hash, int, int) { z += m_weights[bucket(hash)]; });
    return z;
}

Evidence Model::explain(const Sentence &s) const
{
    Evidence e;
    explain(s, e);
    return e;
}

namespace {

// The three strongest positive tokens, strongest first (ties: the earlier token).
void strongestTokens(const Sentence &s, Evidence &e)
{
    const double *perToken = e.perToken.data();
    int top[3] = {-1, -1, -1};
    int count = 0;
    for (int i = 0; i < s.size(); ++i) {
        const double c = perToken[i];
        if (!(c > 0) || !(s.at(i).flags & (Word | Digits | Percent | Currency)))
            continue;
        int k = count;
        while (k > 0 && perToken[top[k - 1]] < c)
            --k;
        if (k >= 3)
            continue;
        for (int m = std::min(count, 2); m > k; --m)
            top[m] = top[m - 1];
        top[k] = i;
        count = std::min(count + 1, 3);
    }
    for (int k = 0; k < count; ++k)
        e.strongest.append(top[k]);
}

} // namespace

void Model::explain(const Sentence &s, Evidence &e) const
{
    e.margin = 0;
    e.strongest.clear();
    e.perToken.clear();
    if (!isValid())
        return;
    // One pass over the features, as margin() makes them (the same sum in the same order), sharing each weight
    // among the tokens it covers; no feature list.
    const int n = s.size();
    e.perToken.assign(std::size_t(n), 0.0);
    double z = m_bias;
    double *perToken = e.perToken.data();
    forEachFeature(s, m_settings, [&](quint32 hash, int token, int length) {
        const float w = m_weights[bucket(hash)];
        z += w;
        const int first = std::max(token, 0);
        const int last = std::min(token + length - 1, n - 1);
        if (length == 0 || last < first)
            return;
        const double share = w / double(last - first + 1);
        for (int i = first; i <= last; ++i)
            perToken[i] += share;
    });
    e.margin = z;
    strongestTokens(s, e);
}

double Model::margin(const Sentence &s, Evidence &e) const
{
    e.margin = 0;
    e.weights.clear();
    if (!isValid())
        return -INFINITY;
    // The features as margin() makes them (the same sum in the same order), each weight kept in feature order:
    // the n-grams come first, token by token (forEachFeature()), so explainScored() knows which tokens each covers.
    const int n = s.size();
    // At most n unigrams, n + 1 bigrams, n trigrams and 11 sentence features.
    e.weights.resize(std::size_t(3 * n + 3 + 16));
    float *kept = e.weights.data();
    std::size_t k = 0;
    double z = m_bias;
    forEachFeature(s, m_settings, [&](quint32 hash, int, int) {
        const float w = m_weights[bucket(hash)];
        z += w;
        kept[k++] = w;
    });
    e.weights.resize(k);
    e.margin = z;
    return z;
}

void Model::explainScored(const Sentence &s, Evidence &e) const
{
    e.strongest.clear();
    e.perToken.clear();
    if (!isValid())
        return;
    // The weights kept by margin(s, e), shared among the tokens they cover, in the order and with the spans of
    // forEachFeature(): for each i in 0..n the unigram of token i (i < n), the bigram of tokens i-1 and i, the
    // trigram of tokens i-2 to i (i >= 1), each clipped to the sentence; then the sentence features (no tokens).
    const int n = s.size();
    const int ngrams = std::clamp(m_settings.ngrams, 1, 3);
    e.perToken.assign(std::size_t(n), 0.0);
    double *perToken = e.perToken.data();
    const float *w = e.weights.data();
    std::size_t k = 0;
    auto share = [&](int token, int length) {
        const float weight = w[k++];
        const int first = std::max(token, 0);
        const int last = std::min(token + length - 1, n - 1);
        if (last < first)
            return;
        const double part = weight / double(last - first + 1);
        for (int i = first; i <= last; ++i)
            perToken[i] += part;
    };
    for (int i = 0; i <= n && k < e.weights.size(); ++i) {
        if (i < n)
            share(i, 1);
        if (ngrams >= 2)
            share(i - 1, 2);
        if (ngrams >= 3 && i >= 1)
            share(i - 2, 3);
    }
    strongestTokens(s, e);
}

double Model::probability(double margin) const
{
    return sigmoid(m_plattA * margin + m_plattB);
}

double Model::score(QStringView text) const
{
    const std::unique_ptr<WholeText> w = wholeText(text);
    return score(w->sentence);
}

void Model::setCalibration(double a, double b)
{
    m_plattA = a;
    m_plattB = b;
}

// --- Training ------------------------------------------------------------------------------------------------

namespace {

Rows featurize(const Model &m, const QList<Example> &examples, quint32 (*bucketOf)(const Model &, quint32),
               bool wordsOnly = false)
{
    Rows data;
    std::vector<Feature> features;
    for (const Example &ex : examples) {
        const std::unique_ptr<WholeText> w = wholeText(ex.text);
        features.clear();
        sentenceFeatures(w->sentence, m.settings(), features);
        std::vector<quint32> row;
        row.reserve(features.size());
        for (const Feature &f : features)
            if (!wordsOnly || f.length > 0)
                row.push_back(bucketOf(m, f.hash));
        data.rows.push_back(std::move(row));
        data.labels.push_back(ex.positive);
    }
    return data;
}

} // namespace

Model train(const QList<Example> &examples, const Settings &settings)
{
    Model m;
    m.m_settings = settings;
    m.m_settings.hashBits = std::clamp(settings.hashBits, 8, 24);
    m.m_weights.assign(std::size_t(1) << m.m_settings.hashBits, 0.0f);
    const Rows data = featurize(m, examples, [](const Model &model, quint32 h) { return model.bucket(h); });
    sgd(m.m_weights, m.m_bias, data, m.m_settings, nullptr, true, nullptr);
    return m;
}

Platt fitPlatt(const std::vector<double> &margins, const std::vector<bool> &labels)
{
    // Platt (1999) with the Newton method and target smoothing of Lin, Lin and Weng (2007).
    double positives = 0;
    for (const bool l : labels)
        positives += l;
    const double negatives = double(labels.size()) - positives;
    const double hi = (positives + 1) / (positives + 2);
    const double lo = 1 / (negatives + 2);
    auto loss = [&](double a, double b) {
        double f = 0;
        for (std::size_t i = 0; i < margins.size(); ++i) {
            const double z = a * margins[i] + b;
            const double t = labels[i] ? hi : lo;
            // -[t log σ(z) + (1-t) log(1-σ(z))], stably
            f += (z >= 0 ? std::log1p(std::exp(-z)) : -z + std::log1p(std::exp(z))) + (1 - t) * z;
        }
        return f;
    };
    double a = 1, b = 0;
    double f = loss(a, b);
    for (int it = 0; it < 100; ++it) {
        double ga = 0, gb = 0, haa = 1e-12, hab = 0, hbb = 1e-12;
        for (std::size_t i = 0; i < margins.size(); ++i) {
            const double p = sigmoid(a * margins[i] + b);
            const double t = labels[i] ? hi : lo;
            const double d = p - t;
            const double w = p * (1 - p);
            ga += d * margins[i];
            gb += d;
            haa += w * margins[i] * margins[i];
            hab += w * margins[i];
            hbb += w;
        }
        if (std::abs(ga) < 1e-7 && std::abs(gb) < 1e-7)
            break;
        const double det = haa * hbb - hab * hab;
        const double da = -(hbb * ga - hab * gb) / det;
        const double db = -(-hab * ga + haa * gb) / det;
        double step = 1;
        while (step > 1e-10) {
            const double nf = loss(a + step * da, b + step * db);
            if (nf < f + 1e-4 * step * (ga * da + gb * db)) {
                a += step * da;
                b += step * db;
                f = nf;
                break;
            }
            step /= 2;
        }
        if (step <= 1e-10)
            break;
    }
    if (!(a > 0))
        a = 1e-6; // a calibration must never invert the ranking
    return {a, b};
}

// --- Desk model ----------------------------------------------------------------------------------------------

Model trainDesk(const Model &base, const QList<Example> &decisions, const Settings &settings, DeskModel *desk)
{
    if (!base.isValid())
        return Model();
    Model m = base;
    Settings s = base.m_settings;
    s.epochs = settings.epochs;
    s.learningRate = settings.learningRate;
    s.l2 = settings.l2;
    s.seed = settings.seed;
    // Only the words' n-gram weights move: the sentence features (one of them is in every sentence) would act
    // as a bias, and a desk's decisions are a biased sample. Both classes weigh the same in total.
    Rows data = featurize(m, decisions, [](const Model &model, quint32 h) { return model.bucket(h); }, true);
    int positives = 0;
    for (const quint8 l : data.labels)
        positives += l;
    const int negatives = int(data.labels.size()) - positives;
    if (positives && negatives) {
        data.positiveWeight = double(data.labels.size()) / (2.0 * positives);
        data.negativeWeight = double(data.labels.size()) / (2.0 * negatives);
    }
    std::vector<quint8> touched(m.m_weights.size(), 0);
    sgd(m.m_weights, m.m_bias, data, s, &base.m_weights, false, &touched);
    if (desk) {
        *desk = DeskModel();
        desk->m_base = base.id();
        for (const quint8 l : data.labels)
            (l ? desk->m_positives : desk->m_negatives) += 1;
        for (std::size_t j = 0; j < touched.size(); ++j) {
            const float delta = m.m_weights[j] - base.m_weights[j];
            if (touched[j] && delta != 0.0f)
                desk->m_deltas.emplace_back(quint32(j), delta);
        }
    }
    return m;
}

DeskModel DeskModel::fromBytes(const QByteArray &bytes, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return DeskModel();
    };
    if (bytes.size() < 8 || std::memcmp(bytes.constData(), DeskMagic, 4) != 0)
        return fail(QStringLiteral("not a desk model"));
    QDataStream in(bytes.mid(4));
    in.setByteOrder(QDataStream::LittleEndian);
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    quint32 version = 0;
    in >> version;
    if (version != FormatVersion)
        return fail(QStringLiteral("desk model format version %1, expected %2").arg(version).arg(FormatVersion));
    DeskModel d;
    QByteArray base;
    qint32 positives = 0, negatives = 0;
    quint32 count = 0;
    in >> base >> positives >> negatives >> count;
    if (in.status() != QDataStream::Ok || base.isEmpty() || count > (1u << 24)
        || bytes.size() - 4 - in.device()->pos() != qint64(count) * 8)
        return fail(QStringLiteral("truncated or damaged desk model"));
    d.m_base = QString::fromLatin1(base);
    d.m_positives = positives;
    d.m_negatives = negatives;
    d.m_deltas.resize(count);
    for (auto &[index, delta] : d.m_deltas) {
        in >> index >> delta;
        if (!std::isfinite(delta))
            return fail(QStringLiteral("desk model weight not finite"));
    }
    return d;
}

QByteArray DeskModel::toBytes() const
{
    QByteArray bytes(DeskMagic, 4);
    QDataStream out(&bytes, QIODevice::Append);
    out.setByteOrder(QDataStream::LittleEndian);
    out.setFloatingPointPrecision(QDataStream::SinglePrecision);
    out << FormatVersion << m_base.toLatin1() << qint32(m_positives) << qint32(m_negatives) << quint32(m_deltas.size());
    for (const auto &[index, delta] : m_deltas)
        out << index << delta;
    return bytes;
}

Model DeskModel::apply(const Model &base, QString *error) const
{
    if (!isValid() || !base.isValid() || base.id() != m_base) {
        if (error)
            *error = QStringLiteral("the desk model was trained on another model (%1); train it again").arg(m_base);
        return Model();
    }
    Model m = base;
    for (const auto &[index, delta] : m_deltas) {
        if (index >= m.m_weights.size()) {
            if (error)
                *error = QStringLiteral("desk model weight index out of range");
            return Model();
        }
        m.m_weights[index] += delta;
    }
    return m;
}

QString deskModelPath(const QString &deskDir)
{
    return QDir(deskDir).filePath(QStringLiteral(".claimbench/checkworthy-desk.model"));
}

std::shared_ptr<const Model> modelForDesk(const QString &deskDir)
{
    const std::shared_ptr<const Model> shipped(std::shared_ptr<const Model>(), &Model::shipped()); // not owned
    if (deskDir.isEmpty())
        return shipped;
    const QFileInfo file(deskModelPath(deskDir));
    if (!file.isFile())
        return shipped;
    struct Entry {
        QDateTime modified;
        qint64 size = -1;
        std::shared_ptr<const Model> model;
    };
    static QMutex mutex;
    static std::map<QString, Entry> cache; // absolute file path → the model made from it
    const QString key = file.absoluteFilePath();
    QMutexLocker lock(&mutex);
    Entry &e = cache[key];
    if (e.model && e.modified == file.lastModified() && e.size == file.size())
        return e.model;
    e.modified = file.lastModified();
    e.size = file.size();
    e.model = shipped;
    QFile f(key);
    QString error;
    if (!f.open(QIODevice::ReadOnly)) {
        error = f.errorString();
    } else {
        const DeskModel d = DeskModel::fromBytes(f.read(qint64(64) << 20), &error);
        Model corrected = d.isValid() ? d.apply(Model::shipped(), &error) : Model();
        if (corrected.isValid())
            e.model = std::make_shared<const Model>(std::move(corrected));
    }
    if (e.model.get() == shipped.get())
        qWarning("claimbench.plugins: %s: %s; using the shipped model", qPrintable(key), qPrintable(error));
    return e.model;
}

std::shared_ptr<const Model> activeModel()
{
    return modelForDesk(qEnvironmentVariable(DeskVariable));
}

QString probabilityText(double p)
{
    if (!(p >= 0.0 && p <= 1.0))
        return QString::number(p, 'f', 2);
    // m = floor(100·p + 1/2), exactly: fma() gives the sign of 100·p − (m ± 1/2) without rounding it away.
    long m = long(std::floor(p * 100 + 0.5));
    if (std::fma(p, 100.0, -(double(m) - 0.5)) < 0)
        --m;
    else if (std::fma(p, 100.0, -(double(m) + 0.5)) >= 0)
        ++m;
    const char16_t digits[4] = {char16_t(u'0' + m / 100), u'.', char16_t(u'0' + (m / 10) % 10), char16_t(u'0' + m % 10)};
    return QString(reinterpret_cast<const QChar *>(digits), 4);
}

// --- The claim's span ----------------------------------------------------------------------------------------

namespace {

constexpr Lexicon LeadingFillers{{"and", "but", "so", "well", "now", "look", "oh", "yes", "yeah", "no", "okay", "ok",
                                  "actually", "frankly", "again", "also", "because", "then", "listen", "sir",
                                  "folks", "senator", "governor", "mr", "madam", "um", "uh"}};

int wordCount(const Sentence &s, int first, int last)
{
    int n = 0;
    for (int i = first; i <= last; ++i)
        n += s.at(i).is(Word) || s.at(i).is(Digits);
    return n;
}

} // namespace

std::pair<int, int> claimSpan(const Sentence &s, const Evidence &evidence)
{
    const int n = s.size();
    if (n == 0)
        return {0, -1};
    int first = 0;
    int last = n - 1;
    double best = -INFINITY;
    // The clauses already weighed: an anchor after an earlier one in the same clause (the same start, up to its
    // end) gives the same span, since clauseEnd() walks right from the anchor over the same tokens.
    int seenAnchor[3] = {0, 0, 0}, seenFrom[3] = {0, 0, 0}, seenTo[3] = {-1, -1, -1};
    int seen = 0;
    for (const int anchor : evidence.strongest) {
        const int a0 = clauseStart(s, anchor);
        bool known = false;
        for (int k = 0; k < seen; ++k)
            known = known || (seenFrom[k] == a0 && seenAnchor[k] <= anchor && anchor <= seenTo[k]);
        if (known)
            continue;
        int a = a0;
        int b = clauseEnd(s, anchor);
        if (seen < 3) {
            seenAnchor[seen] = anchor;
            seenFrom[seen] = a;
            seenTo[seen] = b;
            ++seen;
        }
        if (wordCount(s, a, b) < 4) { // a clause too short to be a claim on its own: the statement
            a = statementStart(s, anchor);
            b = statementEnd(s, anchor);
        }
        double sum = 0;
        for (int i = a; i <= b && std::size_t(i) < evidence.perToken.size(); ++i)
            sum += evidence.perToken[std::size_t(i)];
        if (sum > best) {
            best = sum;
            first = a;
            last = b;
        }
    }
    // Leading discourse words and fillers are not part of the claim ("Well, you know, ...").
    while (first < last) {
        const Token &t = s.at(first);
        if (t.is(Punct) && !t.is(Currency)) {
            ++first;
        } else if (t.is(Word) && LeadingFillers.contains(t.hash)) {
            ++first;
        } else if (t.isWord("you"_w) && s.wordAt(first + 1, "know"_w)) {
            first += 2;
        } else if (t.isWord("i"_w) && s.wordAt(first + 1, "mean"_w)) {
            first += 2;
        } else {
            break;
        }
    }
    while (last > first && s.at(last).is(Punct) && !s.at(last).is(Percent))
        --last;
    if (wordCount(s, first, last) < 2)
        return {0, n - 1};
    return {first, last};
}

} // namespace Claimbench::CheckWorthy
