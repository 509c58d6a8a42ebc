#include "model/dataset.hpp"

#include <iterator>

namespace pledgetrack::model {
namespace {

template <class T, class Index>
const T* find_in(const std::vector<T>& entities, const Index& index, std::string_view id) {
    auto found = index.find(id);
    return found == index.end() ? nullptr : &entities[found->second];
}

template <class T, class Index> void build_index(const std::vector<T>& entities, Index& index) {
    index.clear();
    for (std::size_t i = 0; i < entities.size(); ++i) index.try_emplace(entities[i].id, i);
}

template <class T> void append(std::vector<T>& to, std::vector<T>&& from) {
    to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

}  // namespace

const Category* Dataset::find_category(std::string_view id) const {
    return find_in(categories, category_index_, id);
}
const Group* Dataset::find_group(std::string_view id) const { return find_in(groups, group_index_, id); }
const Person* Dataset::find_person(std::string_view id) const { return find_in(people, person_index_, id); }
const Item* Dataset::find_item(std::string_view id) const { return find_in(items, item_index_, id); }
const Source* Dataset::find_source(std::string_view id) const {
    return find_in(sources, source_index_, id);
}
const Meeting* Dataset::find_meeting(std::string_view id) const {
    return find_in(meetings, meeting_index_, id);
}

void Dataset::merge(Dataset&& other) {
    append(categories, std::move(other.categories));
    append(groups, std::move(other.groups));
    append(people, std::move(other.people));
    append(items, std::move(other.items));
    append(sources, std::move(other.sources));
    append(meetings, std::move(other.meetings));
    unloaded_ids.merge(other.unloaded_ids);
}

void Dataset::index() {
    build_index(categories, category_index_);
    build_index(groups, group_index_);
    build_index(people, person_index_);
    build_index(items, item_index_);
    build_index(sources, source_index_);
    build_index(meetings, meeting_index_);
}

}  // namespace pledgetrack::model
